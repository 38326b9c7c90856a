package org.editio.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a PDF depend on its input only. FOP stamps two things with the clock: the XMP
 * {@code xmp:MetadataDate} (set here to the {@code xmp:CreateDate}, which Editio fixes) and the trailer's
 * {@code /ID} (which becomes the SHA-256 of the file with every ID zeroed). Each replacement has the same
 * length, so no offset in the cross-reference table moves.
 */
final class StableId {
    private static final Pattern CREATED = Pattern.compile("<xmp:CreateDate>([^<]+)</xmp:CreateDate>");
    private static final Pattern STAMPED = Pattern.compile("<xmp:MetadataDate>([^<]+)</xmp:MetadataDate>");
    private static final Pattern ID = Pattern.compile("/ID\\s*\\[\\s*<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>\\s*\\]");

    private StableId() {
    }

    static byte[] apply(byte[] original) {
        byte[] out = fixMetadataDate(original);
        String latin1 = new String(out, StandardCharsets.ISO_8859_1);
        // Every trailer's /ID (FOP's, and one per incremental update): zero them all, hash, fill in.
        java.util.List<int[]> spans = new java.util.ArrayList<>();
        Matcher m = ID.matcher(latin1);
        while (m.find()) {
            spans.add(new int[] {m.start(1), m.end(1)});
            spans.add(new int[] {m.start(2), m.end(2)});
        }
        if (spans.isEmpty()) {
            return out;
        }
        for (int[] span : spans) {
            zero(out, span[0], span[1]);
        }
        String hex;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(out);
            hex = HexFormat.of().withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
        for (int[] span : spans) {
            for (int i = span[0]; i < span[1]; i++) {
                out[i] = (byte) hex.charAt((i - span[0]) % hex.length());
            }
        }
        return out;
    }

    private static byte[] fixMetadataDate(byte[] pdf) {
        String latin1 = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher created = CREATED.matcher(latin1);
        if (!created.find()) {
            return pdf;
        }
        byte[] value = created.group(1).getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = pdf.clone();
        Matcher stamped = STAMPED.matcher(latin1);
        while (stamped.find()) {
            if (stamped.end(1) - stamped.start(1) == value.length) {
                System.arraycopy(value, 0, out, stamped.start(1), value.length);
            }
        }
        return out;
    }

    private static void zero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            b[i] = '0';
        }
    }
}
