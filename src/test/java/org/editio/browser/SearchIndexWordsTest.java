package org.editio.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.editio.TestFiles;
import org.junit.jupiter.api.Test;

/**
 * What the search index holds, read from Pagefind's own files (its words and the text excerpts are cut from):
 * what a page shows apart is indexed apart, and the page's furniture is left out. A margin note's letter stood
 * against the first word of its paragraph ("dKim"), a field's note (shown as a line of its own) against the
 * field's value ("1950As", "(7.II.50)The"), and a note's number was part of the excerpt's text ("Route 1 nach").
 */
class SearchIndexWordsTest {
    @Test
    void wordsThePageShowsApartAreIndexedApart() throws IOException {
        Set<String> words = words(Builds.sample().resolve("pagefind"));
        for (String w : List.of("kim", "molotov", "stalin", "as", "given", "datelin")) {
            assertTrue(words.contains(w), w + " is not indexed; the index holds " + words);
        }
        for (String joined : List.of("dkim", "b1", "b2", "b3", "c4", "1950as", "7ii50th", "ii50th", "50the")) {
            assertFalse(words.contains(joined), joined + " is indexed as one word");
        }
    }

    /**
     * A note's reference number is the page's, not the letter's (Schnitzler's letter L00366: "auf der Route¹
     * nach Italien"): it is not indexed, and the text a result's excerpt is cut from reads "Route nach Italien"
     * (it read "Route 1 nach Italien").
     */
    @Test
    void aNoteReferenceIsLeftOutOfTheIndexedText() throws IOException {
        Builds.Built built = Builds.project(List.of(TestFiles.SHARED.resolve("corpus/schnitzler/letters/L00366.xml")),
                Builds.LENIENT_HTML);
        Path bundle = built.site().resolve("pagefind");
        assertTrue(words(bundle).contains("rout"), "the stem of \"Route\" is not indexed");
        String fragments = fragments(bundle);
        assertTrue(fragments.contains("auf der Route nach Italien"), fragments);
        assertFalse(fragments.contains("Route 1"), fragments);
    }

    /** The text of a bundle's fragment files (fragment/*.pf_fragment: gzip, the signature, JSON), one after another. */
    static String fragments(Path bundle) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> s = Files.list(bundle.resolve("fragment"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".pf_fragment")).sorted().toList()) {
                all.append(new String(unzipped(f), StandardCharsets.UTF_8).substring(SIGNATURE.length())).append('\n');
            }
        }
        return all.toString();
    }

    /** Every word of a Pagefind bundle's index chunks (index/*.pf_index), with the forms holding diacritics. */
    static Set<String> words(Path bundle) throws IOException {
        Set<String> words = new TreeSet<>();
        List<Path> chunks;
        try (Stream<Path> s = Files.list(bundle.resolve("index"))) {
            chunks = s.filter(p -> p.toString().endsWith(".pf_index")).toList();
        }
        assertFalse(chunks.isEmpty(), "no index chunks in " + bundle);
        for (Path chunk : chunks) {
            // [[word, pages, [[form with diacritics, pages] …]] …], as Pagefind 1.6 writes it
            List<?> index = (List<?>) ((List<?>) read(chunk)).get(0);
            for (Object entry : index) {
                List<?> e = (List<?>) entry;
                words.add((String) e.get(0));
                for (Object form : (List<?>) e.get(2)) {
                    words.add((String) ((List<?>) form).get(0));
                }
            }
        }
        return words;
    }

    private static final String SIGNATURE = "pagefind_dcd";

    /** A Pagefind data file's bytes after gzip, checked to begin with the signature "pagefind_dcd". */
    private static byte[] unzipped(Path file) throws IOException {
        byte[] raw;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            raw = in.readAllBytes();
        }
        assertEquals(SIGNATURE, new String(raw, 0, Math.min(raw.length, SIGNATURE.length()), StandardCharsets.US_ASCII), file.toString());
        return raw;
    }

    /** A Pagefind data file: gzip, then the signature, then one CBOR item. */
    private static Object read(Path file) throws IOException {
        byte[] raw = unzipped(file);
        Cbor c = new Cbor(raw, SIGNATURE.length());
        Object item = c.item();
        assertEquals(raw.length, c.at, "bytes after the CBOR item in " + file);
        return item;
    }

    /** The part of CBOR (RFC 8949) Pagefind's files use: integers, strings, arrays, maps, simple values. */
    private static final class Cbor {
        private final byte[] b;
        private int at;

        Cbor(byte[] b, int at) {
            this.b = b;
            this.at = at;
        }

        Object item() {
            int initial = b[at++] & 0xff;
            int major = initial >>> 5;
            int info = initial & 31;
            if (major == 7) {
                return switch (info) {
                    case 20 -> Boolean.FALSE;
                    case 21 -> Boolean.TRUE;
                    case 22 -> null;
                    default -> throw new IllegalStateException("CBOR simple value " + info + " at " + (at - 1));
                };
            }
            long n = info == 31 ? -1 : argument(info);
            switch (major) {
                case 0:
                    return n;
                case 1:
                    return -1 - n;
                case 2:
                case 3: {
                    int start = at;
                    at += (int) n;
                    return major == 3 ? new String(b, start, (int) n, StandardCharsets.UTF_8) : Arrays.copyOfRange(b, start, at);
                }
                case 4: {
                    List<Object> items = new ArrayList<>();
                    if (n < 0) {
                        while ((b[at] & 0xff) != 0xff) {
                            items.add(item());
                        }
                        at++;
                    } else {
                        for (long i = 0; i < n; i++) {
                            items.add(item());
                        }
                    }
                    return items;
                }
                case 5: {
                    List<Object> pairs = new ArrayList<>();
                    for (long i = 0; i < 2 * n; i++) {
                        pairs.add(item());
                    }
                    return pairs;
                }
                default:
                    throw new IllegalStateException("CBOR major type " + major + " at " + (at - 1));
            }
        }

        private long argument(int info) {
            if (info < 24) {
                return info;
            }
            int size = switch (info) {
                case 24 -> 1;
                case 25 -> 2;
                case 26 -> 4;
                case 27 -> 8;
                default -> throw new IllegalStateException("CBOR length " + info + " at " + (at - 1));
            };
            long n = 0;
            for (int i = 0; i < size; i++) {
                n = (n << 8) | (b[at++] & 0xff);
            }
            return n;
        }
    }
}
