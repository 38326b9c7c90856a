package org.editio.robust;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Everything a reader could get out of an output folder, as text: each file's bytes as written, gzip'd
 * files (the search index) unpacked, and the text of every PDF (whose streams are compressed).
 */
final class OutputText {
    private OutputText() {
    }

    /** The files under {@code root} whose readable content contains {@code secret}. */
    static List<Path> filesContaining(Path root, String secret) throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (readable(f).contains(secret)) {
                    found.add(f);
                }
            }
        }
        return found;
    }

    static String readable(Path f) throws IOException {
        byte[] bytes = Files.readAllBytes(f);
        StringBuilder text = new StringBuilder(new String(bytes, StandardCharsets.ISO_8859_1));
        text.append('\n').append(new String(bytes, StandardCharsets.UTF_8));
        if (bytes.length > 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                text.append('\n').append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        if (f.toString().endsWith(".pdf")) {
            text.append('\n').append(pdfText(f));
        }
        return text.toString();
    }

    static String pdfText(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }
}
