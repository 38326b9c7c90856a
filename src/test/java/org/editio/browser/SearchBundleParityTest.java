package org.editio.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.editio.TestFiles;
import org.editio.site.SearchIndex;
import org.junit.jupiter.api.Test;

/**
 * Editio writes the search index itself (org.editio.search) in Pagefind 1.6.0's format; Pagefind run on the
 * same published pages is the reference. Both bundles are decoded and compared by page URL: every page's
 * fragment (the excerpt's text, word count, meta, filters, anchors), every filter value's pages, and every
 * word's places (position and weight in the text, field and position in the meta), with its forms carrying
 * diacritics. The only differences allowed are the stems of {@link #STEMMER_VERSION}. The sites here are built
 * with the writer on ({@code editio.search.writer}); other tests' builds use Pagefind, the default.
 */
class SearchBundleParityTest {
    /**
     * Pagefind 1.6.0 stems with Snowball 3's English algorithm, Editio with Snowball 2's (Lucene 9, the last for
     * Java 17): Snowball 3 keeps "university", "organe" and "evening" longer. These stems, seen in the 4,420
     * Schnitzler letters, differ; nothing else may.
     */
    static final Set<String> STEMMER_VERSION = Set.of("universiti", "univers", "organe", "organ", "organiz", "evening",
            "even", "internat", "intern");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theSampleEditionsIndexIsPagefinds() throws Exception {
        assertSame(withWriter(List.of(TestFiles.REPO.resolve("tei/wilson-112037.xml"), TestFiles.REPO.resolve("tei/register.xml"))),
                Set.of());
    }

    @Test
    void aFrusVolumesAndTheFeaturePagesIndexesArePagefinds() throws Exception {
        assertSame(withWriter(List.of(TestFiles.SHARED.resolve("corpus/frus/frus1952-54Guat-excerpt.xml"))), STEMMER_VERSION);
        assertSame(withWriter(List.of(Builds.SITE_CASES.resolve("features.xml"), Builds.SITE_CASES.resolve("register.xml"))),
                STEMMER_VERSION);
    }

    /** The site of {@code sources}, built with Editio's search index writer. */
    private static Path withWriter(List<Path> sources) {
        System.setProperty("editio.search.writer", "true");
        try {
            return Builds.project(sources, Builds.LENIENT_HTML).site();
        } finally {
            System.clearProperty("editio.search.writer");
        }
    }

    @Test
    void lettersIndexesArePagefinds() throws Exception {
        List<Path> letters;
        try (Stream<Path> s = Files.list(TestFiles.SHARED.resolve("corpus/schnitzler/letters"))) {
            letters = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        assertFalse(letters.isEmpty(), "no Schnitzler letters");
        List<Path> some = new ArrayList<>();
        for (int i = 0; i < letters.size(); i += 37) {
            some.add(letters.get(i));
        }
        assertSame(withWriter(some), STEMMER_VERSION);
    }

    /** Pagefind's bundle of {@code site}'s indexed pages and Editio's bundles hold the same, but for {@code allowed}. */
    private static void assertSame(Path site, Set<String> allowed) throws Exception {
        Path pagefind = SearchIndex.locate().orElseThrow(() -> new AssertionError("Pagefind is not installed (mvn package)"));
        Path work = Files.createTempDirectory("editio-parity");
        Path pages = Files.createDirectories(work.resolve("pages"));
        try (Stream<Path> s = Files.list(site)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".html")).toList()) {
                if (Files.readString(p, StandardCharsets.UTF_8).contains("data-pagefind-body")) {
                    Files.copy(p, pages.resolve(p.getFileName()));
                }
            }
        }
        Process p = new ProcessBuilder(pagefind.toString(), "--site", pages.toString(), "--output-path",
                work.resolve("bundle").toString(), "--force-language", "en", "--quiet").redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES) && p.exitValue() == 0, said);
        Model reference = new Model();
        reference.add(work.resolve("bundle"));
        Model ours = new Model();
        try (Stream<Path> s = Files.list(site)) {
            for (Path b : s.filter(f -> f.getFileName().toString().startsWith("pagefind") && Files.isDirectory(f)).toList()) {
                ours.add(b);
            }
        }
        assertFalse(reference.fragments.isEmpty(), "Pagefind indexed no page of " + site);
        assertEquals(reference.fragments, ours.fragments, "the pages' fragments");
        assertEquals(reference.filters, ours.filters, "the filters");
        Set<String> differing = new TreeSet<>();
        Set<String> words = new TreeSet<>(reference.words.keySet());
        words.addAll(ours.words.keySet());
        for (String w : words) {
            if (!String.valueOf(reference.words.get(w)).equals(String.valueOf(ours.words.get(w)))) {
                differing.add(w);
            }
        }
        differing.removeAll(allowed);
        assertTrue(differing.isEmpty(), differing.size() + " of " + words.size() + " words are indexed otherwise than by Pagefind: "
                + differing.stream().limit(20).map(w -> w + " Pagefind " + reference.words.get(w) + " Editio " + ours.words.get(w)).toList());
    }

    /** A bundle decoded: fragments by URL, filters' pages by URL, words' places by URL. */
    private static final class Model {
        final Map<String, Object> fragments = new TreeMap<>();
        final Map<String, Set<String>> filters = new TreeMap<>();
        final Map<String, Map<String, Set<String>>> words = new TreeMap<>();

        @SuppressWarnings("unchecked")
        void add(Path bundle) throws IOException {
            Map<String, Object> entry = JSON.readValue(bundle.resolve("pagefind-entry.json").toFile(), Map.class);
            Map<String, Object> en = (Map<String, Object>) ((Map<String, Object>) entry.get("languages")).get("en");
            List<?> meta = (List<?>) SearchIndexWordsTest.read(bundle.resolve("pagefind." + en.get("hash") + ".pf_meta"));
            Map<String, Object> byHash = new TreeMap<>();
            try (Stream<Path> s = Files.list(bundle.resolve("fragment"))) {
                for (Path f : s.toList()) {
                    byte[] raw = SearchIndexWordsTest.unzipped(f);
                    Map<String, Object> json = JSON.readValue(new String(raw, 12, raw.length - 12, StandardCharsets.UTF_8), Map.class);
                    if (json.containsKey("url")) {
                        String name = f.getFileName().toString();
                        byHash.put(name.substring(0, name.length() - ".pf_fragment".length()), json);
                    } else {
                        byHash.putAll(json);
                    }
                }
            }
            List<String> urls = new ArrayList<>();
            for (Object page : (List<?>) meta.get(1)) {
                Map<String, Object> fragment = (Map<String, Object>) byHash.get((String) ((List<?>) page).get(0));
                String url = (String) fragment.get("url");
                urls.add(url);
                fragments.put(url, fragment);
                assertEquals(((Number) fragment.get("word_count")).longValue(), ((Number) ((List<?>) page).get(1)).longValue(), url);
            }
            List<String> fields = ((List<?>) meta.get(5)).stream().map(String.class::cast).toList();
            for (Object chunk : (List<?>) meta.get(2)) {
                List<?> index = (List<?>) ((List<?>) SearchIndexWordsTest.read(bundle.resolve("index/" + ((List<?>) chunk).get(2) + ".pf_index"))).get(0);
                for (Object e : index) {
                    List<?> w = (List<?>) e;
                    places((String) w.get(0), "", (List<?>) w.get(1), urls, fields);
                    for (Object form : (List<?>) w.get(2)) {
                        places((String) w.get(0), " as " + ((List<?>) form).get(0), (List<?>) ((List<?>) form).get(1), urls, fields);
                    }
                }
            }
            for (Object f : (List<?>) meta.get(3)) {
                List<?> filter = (List<?>) SearchIndexWordsTest.read(bundle.resolve("filter/" + ((List<?>) f).get(1) + ".pf_filter"));
                for (Object v : (List<?>) filter.get(1)) {
                    for (Object page : (List<?>) ((List<?>) v).get(1)) {
                        filters.computeIfAbsent(filter.get(0) + "=" + ((List<?>) v).get(0), k -> new TreeSet<>())
                                .add(urls.get(((Number) page).intValue()));
                    }
                }
            }
        }

        /** A word's pages: page numbers as differences, locations as runs behind −(weight + 1), meta as −(field + 1). */
        private void places(String word, String form, List<?> pages, List<String> urls, List<String> fields) {
            int page = 0;
            for (Object o : pages) {
                List<?> p = (List<?>) o;
                page += ((Number) p.get(0)).intValue();
                List<String> places = new ArrayList<>();
                int weight = 24;
                int last = 0;
                boolean absolute = false;
                for (Object l : (List<?>) p.get(1)) {
                    int x = ((Number) l).intValue();
                    if (x < 0) {
                        weight = -x - 1;
                        absolute = true;
                        continue;
                    }
                    last = absolute ? x : last + x;
                    absolute = false;
                    places.add(last + "@" + weight);
                }
                String field = null;
                last = 0;
                for (Object l : p.size() > 2 ? (List<?>) p.get(2) : List.of()) {
                    int x = ((Number) l).intValue();
                    if (x < 0) {
                        field = fields.get(-x - 1);
                        last = 0;
                        continue;
                    }
                    last += x;
                    places.add(field + ":" + last);
                }
                places.sort(null);
                words.computeIfAbsent(word, k -> new TreeMap<>()).computeIfAbsent(urls.get(page) + form, k -> new TreeSet<>())
                        .add(String.join(",", places));
            }
        }
    }
}
