package org.editio.search;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the search index takes of one page (Pagefind's {@code DomParserResult}): its URL in the site, its
 * digest (the indexed text, with Pagefind's markers of anchors and weights), filters, sort keys, meta
 * fields, the text and titles of its anchors, its language. Kept beside the page in the output folder
 * ({@link #bytes()}), so that a shard whose other pages did not change is indexed again without them being
 * read (uncompressed: deflating them cost more processor time than writing them). Immutable.
 */
record PageRecord(String url, String digest, Map<String, List<String>> filters, Map<String, String> sort,
        Map<String, String> meta, Map<String, String> anchorContent, Map<String, String> anchorTitles, String language,
        boolean customBody, boolean htmlElement) {

    private static final int FORMAT = 1;

    byte[] bytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(digest.length() / 2 + 256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            writeString(out, url);
            writeString(out, digest);
            out.writeInt(filters.size());
            for (Map.Entry<String, List<String>> e : filters.entrySet()) {
                writeString(out, e.getKey());
                out.writeInt(e.getValue().size());
                for (String v : e.getValue()) {
                    writeString(out, v);
                }
            }
            writeMap(out, sort);
            writeMap(out, meta);
            writeMap(out, anchorContent);
            writeMap(out, anchorTitles);
            writeString(out, language);
            out.writeBoolean(customBody);
            out.writeBoolean(htmlElement);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The record {@link #bytes()} wrote; an IOException when {@code bytes} are not one. */
    static PageRecord read(byte[] bytes) throws IOException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != FORMAT) {
                throw new IOException("not a search record of this version");
            }
            String url = readString(in);
            String digest = readString(in);
            Map<String, List<String>> filters = new TreeMap<>();
            for (int n = in.readInt(); n > 0; n--) {
                String name = readString(in);
                List<String> values = new ArrayList<>();
                for (int m = in.readInt(); m > 0; m--) {
                    values.add(readString(in));
                }
                filters.put(name, values);
            }
            return new PageRecord(url, digest, filters, readMap(in), readMap(in), readMap(in), readMap(in), readString(in),
                    in.readBoolean(), in.readBoolean());
        }
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 1 << 28) {
            throw new IOException("damaged search record");
        }
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }

    private static void writeMap(DataOutputStream out, Map<String, String> map) throws IOException {
        out.writeInt(map.size());
        for (Map.Entry<String, String> e : map.entrySet()) {
            writeString(out, e.getKey());
            writeString(out, e.getValue());
        }
    }

    private static Map<String, String> readMap(DataInputStream in) throws IOException {
        Map<String, String> map = new TreeMap<>();
        for (int n = in.readInt(); n > 0; n--) {
            map.put(readString(in), readString(in));
        }
        return map;
    }
}
