package org.editio.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.editio.TestFiles;
import org.editio.pipeline.Options;
import org.editio.pipeline.Publisher;
import org.editio.pipeline.Report;
import org.editio.problem.Problem;
import org.editio.project.Project;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build writes and deletes nothing outside its output folder, whatever the project holds: links in
 * tei/ or in the stylesheets' assets/ that lead out of the project, odd file names and ids, a stylesheet
 * whose xsl:result-document aims outside, links planted in an earlier output. Each test builds in a
 * temporary folder holding the project, the output and an "outside" folder with a canary file, and checks
 * that no entry of that folder outside the output changed.
 */
class ConfinementTest {
    private static final String SECRET = "SECRET-WORD-OUTSIDE";
    private static final Options HTML = new Options(true, true, false);

    @TempDir
    Path dir;

    private Path project;
    private Path out;
    private Path outside;

    @BeforeEach
    void layout() throws IOException {
        project = dir.resolve("project");
        out = dir.resolve("out");
        outside = dir.resolve("outside");
        Files.createDirectories(project.resolve("tei"));
        Files.createDirectories(outside.resolve("folder"));
        Files.copy(TestFiles.existing(TestFiles.SAMPLE), project.resolve("tei/wilson-112037.xml"));
        Files.copy(TestFiles.existing(TestFiles.REGISTER), project.resolve("tei/register.xml"));
        Files.writeString(outside.resolve("canary.txt"), "canary\n");
        Files.writeString(outside.resolve("secret.xml"), document("secret", SECRET));
        Files.writeString(outside.resolve("folder/other.xml"), document("other", SECRET));
    }

    @Test
    void linksInTeiAreNeitherFollowedNorPublished() throws IOException {
        Files.createSymbolicLink(project.resolve("tei/link.xml"), outside.resolve("secret.xml"));
        Files.createSymbolicLink(project.resolve("tei/linked"), outside.resolve("folder"));
        Report report = confinedBuild(HTML);
        List<String> warned = report.problems().stream().filter(p -> p.code().equals("source-link"))
                .map(p -> p.file().getFileName().toString()).sorted().toList();
        assertEquals(List.of("link.xml", "linked"), warned, report.problems().toString());
        assertTrue(Files.isRegularFile(out.resolve("site/wilson-112037.html")), "the real document was not published");
        assertFalse(Files.exists(out.resolve("site/tei/link.xml"), LinkOption.NOFOLLOW_LINKS));
        assertFalse(Files.exists(out.resolve("site/tei/linked"), LinkOption.NOFOLLOW_LINKS));
        assertEquals(List.of(), filesContaining(SECRET), "text from outside the project was published");
    }

    @Test
    void oddFileNamesAndIdsStayInsideTheOutput() throws IOException {
        List<String> names = List.of("a..b.xml", "..dots.xml", "sp ace & ü#?%20;.xml", "sub/x;y'$(z).xml", "sub/..x/-rf.xml");
        String[] ids = {"a..b", "dots", "ünï", "../../outside/pwn", "/tmp/editio-pwn"};
        for (int i = 0; i < names.size(); i++) {
            Path f = project.resolve("tei").resolve(names.get(i));
            Files.createDirectories(f.getParent());
            Files.writeString(f, document(ids[i], "odd " + i));
        }
        Report report = confinedBuild(HTML);
        assertEquals(List.of(), report.problems().stream().filter(Problem::isError).toList());
        for (String name : names) {
            assertEquals(Files.readString(project.resolve("tei").resolve(name)), Files.readString(out.resolve("site/tei").resolve(name)),
                    name + " was not published as site/tei/" + name);
        }
        for (int i = 0; i < names.size(); i++) {
            // The encoding guidelines quote documents as examples: not a page of the document.
            assertEquals(1, filesContaining("odd " + i).stream().filter(f -> f.endsWith(".html") && !f.contains("/tei/")
                    && !f.endsWith("guidelines.html")).count(),
                    "no page holds document " + i + " (" + names.get(i) + ")");
        }
        assertFalse(Files.exists(Path.of("/tmp/editio-pwn.html")));
    }

    @Test
    void aStylesheetWritingOutsideTheSiteIsRefused() throws IOException {
        for (String href : List.of(outside.resolve("pwn.bib").toString(), "../../../outside/pwn.bib", outside.resolve("pwn.bib").toUri().toString())) {
            copyStylesheets(href);
            Report report = confinedBuild(HTML);
            List<Problem> refused = report.problems().stream().filter(p -> p.message().contains("xsl:result-document")).toList();
            assertEquals(1, refused.size(), href + ": " + report.problems());
            assertEquals(project.resolve("tei/wilson-112037.xml"), refused.get(0).file(), "the refusal names the document");
            assertTrue(refused.get(0).message().contains("pwn.bib"), refused.get(0).message());
            assertFalse(Files.exists(outside.resolve("pwn.bib")));
            assertFalse(Files.exists(out.resolve("site/assets/linked.css"), LinkOption.NOFOLLOW_LINKS), "a linked asset was published");
            assertTrue(Files.isRegularFile(out.resolve("site/assets/site.css")), "the real assets are missing");
        }
    }

    @Test
    void linksPlantedInAnEarlierOutputAreNotFollowed() throws IOException {
        confinedBuild(HTML);
        Path current = out.resolve(".editio/current").toRealPath();
        Files.createDirectories(current.resolve("pdf"));
        Files.createSymbolicLink(current.resolve("pdf/planted"), outside);
        Files.createSymbolicLink(current.resolve("site/register/planted"), outside);
        Files.createDirectories(outside.resolve("fake-build"));
        Files.writeString(outside.resolve("fake-build/.editio-build"), "");
        Files.createSymbolicLink(out.resolve(".editio/build-77"), outside.resolve("fake-build"));
        Files.createDirectories(out.resolve(".editio/build-88"));
        Files.writeString(out.resolve(".editio/build-88/mine.txt"), "not Editio's");
        confinedBuild(HTML); // carries pdf/ over from the build holding the links, then deletes that build
        assertFalse(Files.exists(out.resolve("pdf/planted"), LinkOption.NOFOLLOW_LINKS), "a planted link was carried over");
        assertTrue(Files.isSymbolicLink(out.resolve(".editio/build-77")), "a link that looks like a build was touched");
        assertEquals("not Editio's", Files.readString(out.resolve(".editio/build-88/mine.txt")), "a folder without the marker was deleted");
    }

    /** Builds the project; asserts that nothing in the temporary folder outside out/ changed. */
    private Report confinedBuild(Options options) {
        Map<String, String> before = Trees.snapshot(dir, "", out);
        Report report = new Publisher().build(Project.at(project, out, null), options);
        Map<String, String> after = Trees.snapshot(dir, "", out);
        assertEquals(List.of(), Trees.differences(before, after), "the build changed files outside its output folder");
        assertEquals("canary\n", readQuietly(outside.resolve("canary.txt")));
        return report;
    }

    /** The repository's stylesheets in project/xslt, the BibTeX file's href replaced, and a linked asset. */
    private void copyStylesheets(String href) throws IOException {
        Path xslt = project.resolve("xslt");
        if (!Files.exists(xslt)) {
            try (Stream<Path> s = Files.walk(TestFiles.REPO.resolve("xslt"))) {
                for (Path f : s.toList()) {
                    Path target = xslt.resolve(TestFiles.REPO.resolve("xslt").relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(f, target);
                    }
                }
            }
            Files.createSymbolicLink(xslt.resolve("assets/linked.css"), outside.resolve("canary.txt"));
        }
        String cite = Files.readString(TestFiles.REPO.resolve("xslt/html/html_cite.xsl"));
        assertTrue(cite.contains("href=\"{$stem}.bib\""), "html_cite.xsl no longer writes {$stem}.bib");
        Files.writeString(xslt.resolve("html/html_cite.xsl"), cite.replace("href=\"{$stem}.bib\"", "href=\"" + href + "\""));
    }

    /** Files below out/ (through its links) whose text contains {@code text}, relative to out/. */
    private List<String> filesContaining(String text) throws IOException {
        try (Stream<Path> s = Stream.concat(Files.walk(out.resolve("site").toRealPath()), Files.walk(out.resolve(".editio")))) {
            return s.filter(Files::isRegularFile).filter(f -> readQuietly(f).contains(text))
                    .map(f -> f.toString()).distinct().sorted().toList();
        }
    }

    private static String readQuietly(Path f) {
        try {
            return new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "";
        }
    }

    /** The sample with another id and a distinctive word in its text. */
    private static String document(String id, String word) throws IOException {
        String sample = Files.readString(TestFiles.SAMPLE);
        assertTrue(sample.contains("xml:id=\"wilson-112037\"") && sample.contains(">Strictly secret<"));
        return sample.replace("xml:id=\"wilson-112037\"", "xml:id=\"" + id + "\"").replace(">Strictly secret<", ">Strictly secret " + word + "<");
    }
}
