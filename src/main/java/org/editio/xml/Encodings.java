package org.editio.xml;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.CoderResult;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.editio.problem.Codes;

/**
 * Turns the reader's encoding failures (bytes that are not text in the declared encoding, an unknown
 * encoding name, a binary file) into a {@link RefusedInput} located at the first byte that does not decode:
 * Woodstox reports such errors at the position of its buffer, not of the byte. Reads the file as a stream,
 * so any size is fine. Stateless.
 */
final class Encodings {
    private static final Pattern DECLARED = Pattern.compile("^<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final int PROLOG = 512;

    private Encodings() {
    }

    /** True when the parse failed on the bytes of the file rather than on its markup. */
    static boolean isEncodingFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage();
            if (t instanceof CharConversionException || t instanceof CharacterCodingException
                    || m.startsWith("Unsupported encoding") || m.startsWith("Invalid UTF-8")) {
                return true;
            }
        }
        return false;
    }

    /** The refusal for {@code file}, whose parse failed with {@code e} ({@link #isEncodingFailure}). */
    static RefusedInput refusal(Path file, Exception e) throws IOException {
        byte[] head = prolog(file);
        String name = declared(head);
        Charset charset = bomCharset(head);
        if (charset == null && name != null) {
            try {
                charset = Charset.forName(name);
            } catch (IllegalArgumentException unknown) {
                String text = new String(head, StandardCharsets.ISO_8859_1);
                int column = text.indexOf(name, text.indexOf("encoding")) + 1;
                return refused("the XML declaration names the encoding \"" + name + "\", which is not known: "
                        + "save the file as UTF-8 and declare encoding=\"UTF-8\"", 1, Math.max(1, column));
            }
        }
        if (charset == null) {
            charset = StandardCharsets.UTF_8;
        }
        String said = name == null ? charset.name() + " (the default: the file declares no encoding)"
                : charset.name() + ", the encoding the file declares";
        boolean binary = isBinary(head);
        int[] at = firstUndecodable(file, charset);
        if (at != null) {
            String what = binary ? "the file is binary, not XML text (an image or a word-processor file?): "
                    + "it does not decode as " + said
                    : "the text is not " + said + ": the bytes here do not decode; save the file as UTF-8, "
                    + "or declare the encoding it is really in (for example encoding=\"ISO-8859-1\")";
            return refused(what, at[0], at[1]);
        }
        // Java decodes what the reader did not: keep the reader's message, at the start of the file.
        String m = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        return refused((binary ? "the file is binary, not XML text: " : "the text does not decode as " + said + ": ") + m, 1, 1);
    }

    /** Line and column of the first byte sequence that is not text in {@code charset}, or null. */
    private static int[] firstUndecodable(Path file, Charset charset) throws IOException {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(8192);
        CharBuffer chars = CharBuffer.allocate(8192);
        int line = 1;
        int column = 1;
        try (ReadableByteChannel in = Files.newByteChannel(file)) {
            boolean end = false;
            while (true) {
                end = end || in.read(bytes) < 0;
                bytes.flip();
                CoderResult r = decoder.decode(bytes, chars, end);
                chars.flip();
                while (chars.hasRemaining()) {
                    char c = chars.get();
                    if (c == '\n') {
                        line++;
                        column = 1;
                    } else if (!Character.isLowSurrogate(c) && c != '\uFEFF') {
                        column++;
                    }
                }
                chars.clear();
                if (r.isError()) {
                    return new int[] {line, column};
                }
                bytes.compact();
                if (end && r.isUnderflow() && bytes.position() == 0) {
                    return null;
                }
            }
        }
    }

    private static RefusedInput refused(String message, int line, int column) {
        return new RefusedInput(Codes.XML_ENCODING, message, line, column);
    }

    private static byte[] prolog(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(PROLOG);
        }
    }

    /** The encoding named in the XML declaration (read as ASCII, or UTF-16 after its BOM), or null. */
    private static String declared(byte[] head) {
        Charset bom = bomCharset(head);
        String text = new String(head, bom == null ? StandardCharsets.ISO_8859_1 : bom).replace("\uFEFF", "");
        Matcher m = DECLARED.matcher(text);
        return m.find() ? m.group(1).strip() : null;
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** A NUL byte in the first bytes (and no UTF-16 byte order mark): not a text file. */
    private static boolean isBinary(byte[] head) {
        Charset bom = bomCharset(head);
        if (bom != null && !bom.equals(StandardCharsets.UTF_8)) {
            return false;
        }
        for (byte x : head) {
            if (x == 0) {
                return true;
            }
        }
        return false;
    }
}
