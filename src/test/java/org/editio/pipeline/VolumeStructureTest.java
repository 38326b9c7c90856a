package org.editio.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.editio.TestFiles;
import org.editio.problem.Problem;
import org.editio.project.Project;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two FRUS volumes published as a site: the front and back matter (the President's message, the printed
 * list of papers, the lists of persons and abbreviations) get pages of their own, listed on the volume's
 * contents page, which shows the volume's divisions as headings over its documents; a link to a place in the
 * same volume leads to the page that shows it; a list's labels ("a)") are its items' markers. Before, the front
 * matter was on no page, every link to another document of the volume pointed into the page it stood on, and
 * 127 labels were "unhandled elements".
 */
class VolumeStructureTest {
    @TempDir
    static Path dir;
    private static Path site;
    private static Report report;

    @BeforeAll
    static void build() throws IOException {
        Path tei = Files.createDirectories(dir.resolve("project/tei"));
        for (String f : List.of("frus1894Nicaragua.xml", "frus1952-54Guat-excerpt.xml")) {
            Files.copy(TestFiles.existing(TestFiles.SHARED.resolve("corpus/frus/" + f)), tei.resolve(f));
        }
        report = new Publisher().build(Project.at(dir.resolve("project"), null, null), new Options(true, true, false));
        site = dir.resolve("project/output/site");
    }

    private static Document page(String name) throws IOException {
        Path p = site.resolve(name);
        assertTrue(Files.isRegularFile(p), name + " was not published");
        return Jsoup.parse(p.toFile(), "UTF-8");
    }

    @Test
    void theFrontMatterHasPagesListedOnTheContentsPage() throws IOException {
        Document message = page("frus1894Nicaragua--message-of-the-president.html");
        assertEquals("Message of the President", message.selectFirst("h1").text());
        String text = message.select("section.edition-text").text();
        assertTrue(text.contains("To the Senate of the United States:"), text);
        assertTrue(text.contains("Grover Cleveland."), text);
        Document contents = page("frus1894Nicaragua.html");
        List<String> front = contents.select("section.volume-matter a").eachAttr("href");
        assertEquals(List.of("frus1894Nicaragua--message-of-the-president.html", "frus1894Nicaragua--toc.html"), front);
        assertEquals(List.of("Persons and Pseudonyms", "Abbreviations and Cryptonyms"),
                page("frus1952-54Guat.html").select("section.volume-matter a").eachText().stream()
                        .sorted((a, b) -> a.startsWith("P") ? -1 : 1).toList());
        // the pager leads from the front matter into the documents
        assertEquals("frus1894Nicaragua--toc.html", page("frus1894Nicaragua--d1.html").selectFirst("link[rel=prev]").attr("href"));
        // … and names the contents a page, the documents documents, in the volume's order
        Document first = page("frus1894Nicaragua--d1.html");
        assertEquals("← Previous page", first.selectFirst("nav.pager li.pager-prev .pager-label").text());
        assertEquals("Table of Contents", first.selectFirst("nav.pager li.pager-prev .pager-title").text());
        assertEquals("Next document →", first.selectFirst("nav.pager li.pager-next .pager-label").text());
        assertEquals("Pages of the volume in order", first.selectFirst("nav.pager").attr("aria-label"));
        assertEquals("← Previous document", page("frus1894Nicaragua--d2.html").selectFirst("nav.pager li.pager-prev .pager-label").text());
        assertEquals("Next page →", page("frus1894Nicaragua--message-of-the-president.html")
                .selectFirst("nav.pager li.pager-next .pager-label").text());
    }

    @Test
    void theContentsPageShowsTheVolumesDivisionsOverOneTableOfItsDocuments() throws IOException {
        Document contents = page("frus1894Nicaragua.html");
        assertEquals(List.of("Affairs at Bluefields"), contents.select(".volume-contents .contents-heading").eachText());
        // one table: the page breaks between documents do not split it
        assertEquals(1, contents.select(".volume-contents table.contents").size());
        List<Element> rows = contents.select(".volume-contents table.contents tbody tr");
        assertEquals(138, rows.size());
        // the number is not repeated in the title ("No. 1. Mr. Seat to Mr. Gresham.")
        assertEquals("Mr. Seat to Mr. Gresham.", rows.get(0).select("td").get(1).text());
        // no "Edited by" without a name (the header's editor element is empty)
        assertFalse(contents.select("header .subtitle").text().startsWith("Edited by"), contents.select("header").text());
    }

    @Test
    void aDocumentsPageSaysWhereItStandsInTheVolume() throws IOException {
        Element trail = page("frus1894Nicaragua--d113.html").selectFirst("header nav.volume-trail");
        assertEquals(List.of("Foreign Relations of the United States, 1894, Nicaragua (Mosquito Territory)", "Affairs at Bluefields"),
                trail.select("a").eachText());
        assertEquals(List.of("frus1894Nicaragua.html", "frus1894Nicaragua.html#contents-comp1"), trail.select("a").eachAttr("href"));
        // the division's heading on the contents page is where the second link leads
        assertEquals("Affairs at Bluefields", page("frus1894Nicaragua.html").getElementById("contents-comp1").text());
        // the contents page itself has none (and a letter, GoldenFilesTest, neither)
        assertTrue(page("frus1952-54Guat.html").select("nav.volume-trail").isEmpty());
    }

    @Test
    void aLinkIntoAnotherDocumentOfTheVolumeLeadsToItsPage() throws IOException {
        // <ref target="#d108"> in No. 113
        assertTrue(page("frus1894Nicaragua--d113.html").select("a.tei-ref").eachAttr("href")
                .contains("frus1894Nicaragua--d108.html#d108"));
        // the printed list of papers points at the printed pages: page 45 is in No. 27
        assertTrue(page("frus1894Nicaragua--toc.html").select("a.tei-ref").eachAttr("href")
                .contains("frus1894Nicaragua--d27.html#pg_45"));
        assertTrue(Files.readString(site.resolve("frus1894Nicaragua--d27.html")).contains("id=\"pg_45\""));
    }

    @Test
    void aListsLabelsAreItsItemsMarkersAndNothingIsUnhandled() throws IOException {
        List<String> markers = page("frus1952-54Guat--d2.html").select("li a.item-number").eachText();
        assertTrue(markers.containsAll(List.of("a)", "b)", "c)")), markers.toString());
        List<Problem> unhandled = report.problems().stream().filter(p -> p.code().equals("unhandled-element")).toList();
        assertEquals(List.of(), unhandled);
    }

    /** The new pages and a document with attachments are valid HTML, without the checker's warnings. */
    @ParameterizedTest
    @ValueSource(strings = {"frus1894Nicaragua.html", "frus1894Nicaragua--toc.html", "frus1894Nicaragua--message-of-the-president.html",
        "frus1894Nicaragua--d10.html", "frus1952-54Guat--d2.html"})
    void isValidHtml5(String name) throws Exception {
        assertEquals("", org.editio.NuChecker.problems(site.resolve(name)));
    }
}
