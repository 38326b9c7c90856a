package org.editio.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The files of one language's search index in a Pagefind 1.6.0 bundle, made from its pages' records:
 * {@code pagefind.{hash}.pf_meta} (pages, index chunks, filters, sorts, meta fields), the word index in
 * chunks ({@code index/}), the fragments ({@code fragment/}, a few pages to a file) and the filters
 * ({@code filter/}); each gzip-compressed behind Pagefind's 12-byte marker, CBOR or JSON inside (the format
 * is described in docs/benchmarks.md, nineteenth session, item 4). Pages are numbered in the order of
 * their URLs. One instance per bundle and thread.
 */
final class Bundle {
    /** Entries per word-index chunk before a new one starts (Pagefind's default chunk size). */
    static final int CHUNK_SIZE = 20_000;
    private static final byte[] MARKER = "pagefind_dcd".getBytes(StandardCharsets.US_ASCII);

    private final String language;
    private final String version;
    final Map<String, byte[]> files = new LinkedHashMap<>();
    String metaHash;
    int pageCount;

    Bundle(String language, String version) {
        this.language = language;
        this.version = version;
    }

    private static final class Posting {
        final int page;
        final int[] locs;
        int[] metaLocs = new int[0];

        Posting(int page, int[] locs) {
            this.page = page;
            this.locs = locs;
        }
    }

    private static final class Packed {
        final List<Posting> pages = new ArrayList<>();
        final Map<String, List<Posting>> variants = new LinkedHashMap<>();

        int size() {
            int n = variants.size();
            for (Posting p : pages) {
                n += p.locs.length + p.metaLocs.length + 1;
            }
            for (List<Posting> v : variants.values()) {
                for (Posting p : v) {
                    n += p.locs.length + p.metaLocs.length + 1;
                }
            }
            return n;
        }
    }

    /** Makes the files of {@code pages}, which are in page-number order. */
    void make(List<IndexedPage> pages, int pagesPerFragmentFile) {
        pageCount = pages.size();
        Set<String> fieldSet = new TreeSet<>();
        pages.forEach(p -> fieldSet.addAll(p.metaFields));
        List<String> metaFields = List.copyOf(fieldSet);
        Map<String, Packed> words = new HashMap<>();
        Map<String, Map<String, List<Integer>>> filters = new TreeMap<>();
        for (int n = 0; n < pages.size(); n++) {
            IndexedPage page = pages.get(n);
            for (Map.Entry<String, List<IndexedPage.Place>> e : page.words.entrySet()) {
                List<IndexedPage.Place> plain = new ArrayList<>();
                Map<String, List<IndexedPage.Place>> forms = new TreeMap<>();
                for (IndexedPage.Place p : e.getValue()) {
                    if (p.original() == null) {
                        plain.add(p);
                    } else {
                        forms.computeIfAbsent(p.original(), k -> new ArrayList<>()).add(p);
                    }
                }
                Packed w = words.computeIfAbsent(e.getKey(), k -> new Packed());
                if (!plain.isEmpty()) {
                    w.pages.add(new Posting(n, locations(plain)));
                }
                for (Map.Entry<String, List<IndexedPage.Place>> f : forms.entrySet()) {
                    w.variants.computeIfAbsent(f.getKey(), k -> new ArrayList<>()).add(new Posting(n, locations(f.getValue())));
                }
            }
            int[] fieldIds = page.metaFields.stream().mapToInt(metaFields::indexOf).toArray();
            for (Map.Entry<String, List<IndexedPage.Place>> e : page.metaWords.entrySet()) {
                List<IndexedPage.Place> plain = new ArrayList<>();
                Map<String, List<IndexedPage.Place>> forms = new TreeMap<>();
                for (IndexedPage.Place p : e.getValue()) {
                    IndexedPage.Place global = new IndexedPage.Place(p.position(), fieldIds[p.weightOrField()], p.original());
                    if (p.original() == null) {
                        plain.add(global);
                    } else {
                        forms.computeIfAbsent(p.original(), k -> new ArrayList<>()).add(global);
                    }
                }
                Packed w = words.computeIfAbsent(e.getKey(), k -> new Packed());
                if (!plain.isEmpty()) {
                    metaLocations(w.pages, n, plain);
                }
                for (Map.Entry<String, List<IndexedPage.Place>> f : forms.entrySet()) {
                    metaLocations(w.variants.computeIfAbsent(f.getKey(), k -> new ArrayList<>()), n, f.getValue());
                }
            }
            final int number = n;
            page.filters.forEach((filter, values) -> values.forEach(v -> filters.computeIfAbsent(filter, k -> new TreeMap<>())
                    .computeIfAbsent(v, k -> new ArrayList<>()).add(number)));
        }

        Cbor meta = new Cbor(4096 + pages.size() * 32);
        meta.array(6).text(version);
        meta.array(pages.size());
        List<String> hashes = new ArrayList<>();
        List<String> jsons = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (IndexedPage p : pages) {
            String json = p.fragmentJson();
            String full = language + "_" + sha1(json.getBytes(StandardCharsets.UTF_8));
            String shortHash = full.substring(0, language.length() + 8);
            while (taken.contains(shortHash) && shortHash.length() < full.length()) {
                shortHash = full.substring(0, shortHash.length() + 1);
            }
            taken.add(shortHash);
            hashes.add(shortHash);
            jsons.add(json);
        }
        int groupSize = pagesPerFragmentFile;
        Set<String> groups = new HashSet<>();
        for (int from = 0; from < pages.size(); from += groupSize) {
            int to = Math.min(pages.size(), from + groupSize);
            String group;
            byte[] json;
            if (groupSize > 1) {
                TreeMap<String, String> members = new TreeMap<>();
                for (int i = from; i < to; i++) {
                    members.put(hashes.get(i), jsons.get(i));
                }
                Json j = new Json().open('{');
                members.forEach((k, v) -> j.key(k).raw(v));
                json = j.close('}').toString().getBytes(StandardCharsets.UTF_8);
                String full = language + "_group_" + sha1(json);
                group = full.substring(0, language.length() + 14);
                while (groups.contains(group) && group.length() < full.length()) {
                    group = full.substring(0, group.length() + 1);
                }
                groups.add(group);
            } else {
                group = "";
                json = jsons.get(from).getBytes(StandardCharsets.UTF_8);
            }
            files.put("fragment/" + (group.isEmpty() ? hashes.get(from) : group) + ".pf_fragment", gzip(json));
            for (int i = from; i < to; i++) {
                meta.array(3).text(hashes.get(i)).integer(pages.get(i).wordCount).text(group);
            }
        }

        List<String> sorted = new ArrayList<>(words.keySet());
        sorted.sort(SearchBundles::byCodePoints);
        List<List<String>> chunks = new ArrayList<>();
        List<String> chunk = new ArrayList<>();
        int size = 0;
        for (String w : sorted) {
            size += words.get(w).size();
            chunk.add(w);
            if (size >= CHUNK_SIZE) {
                chunks.add(chunk);
                chunk = new ArrayList<>();
                size = 0;
            }
        }
        if (!chunk.isEmpty()) {
            chunks.add(chunk);
        }
        String[][] ranges = new String[chunks.size()][2];
        for (int i = 0; i < chunks.size(); i++) {
            ranges[i][0] = chunks.get(i).get(0);
            ranges[i][1] = chunks.get(i).get(chunks.get(i).size() - 1);
        }
        for (int i = 0; i + 1 < chunks.size(); i++) {
            String[] p = prefixes(ranges[i][1], ranges[i + 1][0]);
            if (p[0].compareTo(ranges[i][0]) >= 0) {
                ranges[i][1] = p[0];
            }
            ranges[i + 1][0] = p[1];
        }
        meta.array(chunks.size());
        Set<String> chunkNames = new HashSet<>();
        for (int i = 0; i < chunks.size(); i++) {
            Cbor c = new Cbor(64 * 1024);
            c.array(1).array(chunks.get(i).size());
            for (String w : chunks.get(i)) {
                Packed p = words.get(w);
                c.array(3).text(w);
                postings(c, p.pages);
                c.array(p.variants.size());
                for (Map.Entry<String, List<Posting>> v : p.variants.entrySet()) {
                    c.array(2).text(v.getKey());
                    postings(c, v.getValue());
                }
            }
            byte[] bytes = c.bytes();
            String name = unique(language + "_" + sha1(bytes), chunkNames);
            files.put("index/" + name + ".pf_index", gzip(bytes));
            meta.array(3).text(ranges[i][0]).text(ranges[i][1]).text(name);
        }

        meta.array(filters.size());
        Set<String> filterNames = new HashSet<>();
        for (Map.Entry<String, Map<String, List<Integer>>> f : filters.entrySet()) {
            Cbor c = new Cbor(1024);
            c.array(2).text(f.getKey()).array(f.getValue().size());
            for (Map.Entry<String, List<Integer>> v : f.getValue().entrySet()) {
                c.array(2).text(v.getKey()).array(v.getValue().size());
                v.getValue().forEach(c::integer);
            }
            byte[] bytes = c.bytes();
            String name = unique(language + "_" + sha1(bytes), filterNames);
            files.put("filter/" + name + ".pf_filter", gzip(bytes));
            meta.array(2).text(f.getKey()).text(name);
        }

        Sorts.write(meta, pages);
        meta.array(metaFields.size());
        metaFields.forEach(meta::text);
        byte[] metaBytes = meta.bytes();
        metaHash = language + "_" + sha1(metaBytes).substring(0, language.length() + 8);
        files.put("pagefind." + metaHash + ".pf_meta", gzip(metaBytes));
    }

    private static String unique(String full, Set<String> taken) {
        int lang = full.indexOf('_');
        String name = full.substring(0, lang + 8);
        while (taken.contains(name) && name.length() < full.length()) {
            name = full.substring(0, name.length() + 1);
        }
        taken.add(name);
        return name;
    }

    private static void postings(Cbor c, List<Posting> pages) {
        c.array(pages.size());
        int last = 0;
        for (Posting p : pages) {
            c.array(3).integer(p.page - last);
            last = p.page;
            c.array(p.locs.length);
            for (int l : p.locs) {
                c.integer(l);
            }
            c.array(p.metaLocs.length);
            for (int l : p.metaLocs) {
                c.integer(l);
            }
        }
    }

    /** Pagefind's {@code positions_to_packed_page}: runs by weight, each opened by −(weight + 1). */
    private static int[] locations(List<IndexedPage.Place> places) {
        places.sort(Comparator.comparingInt((IndexedPage.Place p) -> p.weightOrField() == 25 ? 0 : p.weightOrField())
                .thenComparingInt(IndexedPage.Place::position));
        int[] out = new int[places.size() * 2];
        int n = 0;
        int weight = 25;
        int last = 0;
        for (IndexedPage.Place p : places) {
            if (p.weightOrField() != weight) {
                out[n++] = -p.weightOrField() - 1;
                out[n++] = p.position();
                weight = p.weightOrField();
            } else {
                out[n++] = p.position() - last;
            }
            last = p.position();
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** Pagefind's {@code meta_positions_to_packed}, set on the page's posting (made if it has none). */
    private static void metaLocations(List<Posting> postings, int page, List<IndexedPage.Place> places) {
        places.sort(Comparator.comparingInt(IndexedPage.Place::weightOrField).thenComparingInt(IndexedPage.Place::position));
        int[] out = new int[places.size() * 2];
        int n = 0;
        int field = -1;
        int last = 0;
        for (IndexedPage.Place p : places) {
            if (p.weightOrField() != field) {
                out[n++] = -(p.weightOrField() + 1);
                field = p.weightOrField();
                last = 0;
            }
            out[n++] = p.position() - last;
            last = p.position();
        }
        int[] locs = java.util.Arrays.copyOf(out, n);
        for (Posting existing : postings) {
            if (existing.page == page) {
                existing.metaLocs = locs;
                return;
            }
        }
        Posting made = new Posting(page, new int[0]);
        made.metaLocs = locs;
        postings.add(made);
    }

    /** Pagefind's {@code get_prefixes}: the shortest prefixes that tell two neighbouring words apart. */
    static String[] prefixes(String a, String b) {
        int[] ca = a.codePoints().toArray();
        int[] cb = b.codePoints().toArray();
        int common = 0;
        while (common < ca.length && common < cb.length && ca[common] == cb[common]) {
            common++;
        }
        return new String[] {new String(ca, 0, Math.min(ca.length, common + 1)), new String(cb, 0, Math.min(cb.length, common + 1))};
    }

    static byte[] gzip(byte[] payload) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(payload.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes, 8192) {
            {
                def.setLevel(Deflater.DEFAULT_COMPRESSION);
            }
        }) {
            gz.write(MARKER);
            gz.write(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static String sha1(byte[] bytes) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-1").digest(bytes);
            StringBuilder b = new StringBuilder(40);
            for (byte x : d) {
                b.append(Character.forDigit((x >> 4) & 15, 16)).append(Character.forDigit(x & 15, 16));
            }
            return b.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
