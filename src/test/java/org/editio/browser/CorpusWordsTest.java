package org.editio.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.streams.Steps;
import org.editio.TestFiles;
import org.editio.pipeline.Publisher;
import org.editio.pipeline.Report;
import org.editio.project.Project;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every word of every one of the 4,420 Schnitzler letters' bodies, and of every document of three FRUS volumes, is
 * on its page (CorpusTextTest checks a sample of them against more of the page). Published as the benchmark publishes them (--lenient, HTML only). The sample
 * missed words that the whole corpus shows run together: an opener's untyped segs ("Schnitzler9. X. 917"), a
 * signature inside a paragraph ("HerzlichstArthur", L02558).
 */
class CorpusWordsTest {
    @Test
    void everyWordOfEveryLetterIsOnItsPage(@TempDir Path dir) throws IOException {
        Path tei = Files.createDirectories(dir.resolve("project/tei"));
        List<Path> letters;
        try (Stream<Path> s = Files.list(TestFiles.existing(CorpusTextTest.LETTERS))) {
            letters = s.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted().toList();
        }
        assertTrue(letters.size() > 4000, "the Schnitzler corpus is not all there: " + letters.size() + " letters");
        for (Path letter : letters) {
            Files.copy(letter, tei.resolve(letter.getFileName().toString()));
        }
        Path out = dir.resolve("out");
        Report report = new Publisher().build(Project.at(dir.resolve("project"), out, null), Builds.LENIENT_HTML);
        assertEquals(letters.size(), report.published(), "published letters");
        Path site = out.resolve("site");
        List<String> failures = letters.parallelStream().map(letter -> lost(letter, site)).filter(f -> !f.isEmpty())
                .sorted(Comparator.naturalOrder()).toList();
        assertTrue(failures.isEmpty(), failures.size() + " of " + letters.size() + " pages lack words of their letter "
                + "(word=times missing), the first: " + failures.subList(0, Math.min(20, failures.size())));
    }

    /** Every word of every document of the three FRUS volumes (1,202 documents) is on its document's page. */
    @Test
    void everyWordOfEveryFrusDocumentIsOnItsPage(@TempDir Path dir) throws Exception {
        Path tei = Files.createDirectories(dir.resolve("project/tei"));
        List<Path> volumes = Stream.of("frus1894Nicaragua.xml", "frus1918Russiav03.xml", "frus1936v03.xml")
                .map(f -> TestFiles.existing(TestFiles.SHARED.resolve("corpus/frus/" + f))).toList();
        for (Path v : volumes) {
            Files.copy(v, tei.resolve(v.getFileName().toString()));
        }
        Path out = dir.resolve("out");
        Report report = new Publisher().build(Project.at(dir.resolve("project"), out, null), Builds.LENIENT_HTML);
        assertEquals(volumes.size(), report.published(), "published volumes");
        List<String> failures = new java.util.ArrayList<>();
        int documents = 0;
        for (Path v : volumes) {
            XdmNode volume = CorpusTextTest.parse(v);
            String file = CorpusTextTest.fileId(volume, v);
            for (var item : CorpusTextTest.xpath(volume, "//tei:div[@type = 'document']")) {
                XdmNode div = (XdmNode) item;
                String id = div.getAttributeValue(new net.sf.saxon.s9api.QName("http://www.w3.org/XML/1998/namespace", "id"));
                Path page = out.resolve("site/" + file + "--" + id + ".html");
                documents++;
                if (!Files.isRegularFile(page)) {
                    failures.add(page.getFileName() + ": no page");
                    continue;
                }
                Map<String, Integer> missing = Words.missing(Words.ofTei(div), Words.ofPage(Jsoup.parse(page.toFile(), "UTF-8").body()));
                if (!missing.isEmpty()) {
                    failures.add(page.getFileName() + " " + missing);
                }
            }
        }
        assertTrue(documents > 1000, "the FRUS volumes hold " + documents + " documents");
        assertTrue(failures.isEmpty(), failures.size() + " of " + documents + " pages lack words of their document, the first: "
                + failures.subList(0, Math.min(20, failures.size())));
    }

    /** What the page of {@code letter} lacks of its body's words ("" when nothing). */
    private static String lost(Path letter, Path site) {
        try {
            XdmNode tei = CorpusTextTest.parse(letter);
            XdmNode body = tei.select(Steps.descendant("body")).findFirst().orElse(null);
            if (body == null) {
                return "";
            }
            String id = CorpusTextTest.fileId(tei, letter);
            Path page = site.resolve(id + ".html");
            if (!Files.isRegularFile(page)) {
                return id + ": no page";
            }
            Map<String, Integer> missing = Words.missing(Words.ofTei(body), Words.ofPage(Jsoup.parse(page.toFile(), "UTF-8").body()));
            return missing.isEmpty() ? "" : id + " " + missing;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(letter + ": " + e.getMessage(), e);
        }
    }
}
