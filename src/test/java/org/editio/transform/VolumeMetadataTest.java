package org.editio.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.editio.TestFiles;
import org.editio.xml.Xml;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A file of several documents (the FRUS volume of 1894 on Nicaragua, 138 documents) has no date, place or
 * telegram line of its own: the page of one of its documents gives that document's (No. 50: Managua,
 * 21 May 1894), not the first document's (Bluefields, 25 January 1894, as every page once did), and cites
 * that document in its volume; the volume's PDF says how many documents it holds instead.
 */
class VolumeMetadataTest {
    private static final Xml XML = Xml.create();
    private static final Stylesheets SHEETS = RepoStylesheets.compile(XML);
    private static final Path VOLUME = TestFiles.SHARED.resolve("corpus/frus/frus1894Nicaragua.xml");
    private static String tei;

    @BeforeAll
    static void read() throws Exception {
        tei = Files.readString(TestFiles.existing(VOLUME));
    }

    @Test
    void aDocumentsPageGivesItsOwnDateAndPlaceAndCitesItInItsVolume() throws Exception {
        Map<String, ByteArrayOutputStream> files = new LinkedHashMap<>();
        Document page = Jsoup.parse(RepoStylesheets.page(SHEETS, XML, tei, "frus1894Nicaragua",
                rel -> files.computeIfAbsent(rel, k -> new ByteArrayOutputStream()),
                Map.of("part", "d50", "page-href", "frus1894Nicaragua--d50.html")));
        String fields = page.select("section.metadata dl.fields").text();
        assertTrue(fields.contains("Date 21 May 1894"), fields);
        assertTrue(fields.contains("Managua"), fields);
        assertFalse(fields.contains("1894-01-25") || fields.contains("25 January 1894") || fields.contains("Bluefields"), fields);
        assertEquals("1894-05-21", page.selectFirst("section.metadata time").attr("datetime"));
        assertTrue(page.select("script[type=application/ld+json]").html().contains("\"dateCreated\":\"1894-05-21\""));
        assertEquals("No. 50. Mr. Baker to Mr. Gresham.", page.selectFirst("meta[name=citation_title]").attr("content"));
        assertEquals("Foreign Relations of the United States, 1894, Nicaragua (Mosquito Territory)",
                page.selectFirst("meta[name=citation_inbook_title]").attr("content"));

        String chicago = page.selectFirst("#cite p.citation").text();
        assertTrue(chicago.startsWith("21 May 1894. “No. 50. Mr. Baker to Mr. Gresham.” In Foreign Relations"), chicago);
        // the document's number in its volume, in the citation and above the heading
        assertTrue(chicago.contains("Nicaragua (Mosquito Territory), document 50."), chicago);
        // above the heading only when the heading does not give it: "No. 50. Mr. Baker …" does
        assertTrue(page.select("header p.document-number").isEmpty(), page.select("header").html());
        // its own citation files, not the volume's (every document's page wrote those, the last one winning)
        assertEquals(List.of("frus1894Nicaragua--d50.bib", "frus1894Nicaragua--d50.csl.json"), List.copyOf(files.keySet()));
        String bib = files.get("frus1894Nicaragua--d50.bib").toString(StandardCharsets.UTF_8);
        assertTrue(bib.startsWith("@misc{frus1894Nicaragua--d50,\n  title = {{No. 50. Mr. Baker to Mr. Gresham.}},\n  date = {1894-05-21},"), bib);
        String csl = files.get("frus1894Nicaragua--d50.csl.json").toString(StandardCharsets.UTF_8);
        assertTrue(csl.contains("\"container-title\": \"Foreign Relations of the United States, 1894, Nicaragua (Mosquito Territory)\""), csl);
        assertTrue(csl.contains("\"number\": \"50\""), csl);
        assertTrue(bib.contains("\n  number = {50},\n"), bib);
        assertTrue(page.select("#cite a.download[href=frus1894Nicaragua--d50.bib]").size() == 1, page.select("#cite a.download").toString());
    }

    /**
     * A document whose heading does not give its number (as in the 1918 and 1936 volumes) shows it above the
     * heading, on its page and in the volume's PDF; here No. 50's heading without "No. 50.".
     */
    @Test
    void aDocumentsNumberStandsAboveAHeadingThatDoesNotGiveIt() throws Exception {
        String unnumbered = tei.replace("<head>No. 50.<lb/><hi rend=\"italic\">Mr. <persName type=\"from\">Baker</persName>",
                "<head><hi rend=\"italic\">Mr. <persName type=\"from\">Baker</persName>");
        assertTrue(!unnumbered.equals(tei), "the heading of No. 50 was not found");
        Document page = Jsoup.parse(RepoStylesheets.page(SHEETS, XML, unnumbered, "frus1894Nicaragua", rel -> OutputStream.nullOutputStream(),
                Map.of("part", "d50", "page-href", "frus1894Nicaragua--d50.html")));
        assertEquals("Document 50", page.selectFirst("header p.document-number").text());
        String fo = RepoStylesheets.fo(SHEETS, XML, unnumbered, "frus1894Nicaragua", Map.of(), p -> { });
        assertTrue(fo.contains(">DOCUMENT 50</fo:block>"), "no number above the heading in the PDF");
        assertTrue(!fo.contains(">DOCUMENT 49</fo:block>"), "a heading that gives its number got it twice");
    }

    @Test
    void aTelegramsDateAndTimeAreWrittenOut() throws Exception {
        String excerpt = Files.readString(TestFiles.existing(TestFiles.SHARED.resolve("corpus/frus/frus1952-54Guat-excerpt.xml")));
        Document page = Jsoup.parse(RepoStylesheets.page(SHEETS, XML, excerpt, "frus1952-54Guat", rel -> OutputStream.nullOutputStream(),
                Map.of("part", "d206", "page-href", "frus1952-54Guat--d206.html")));
        String fields = page.select("section.metadata dl.fields").text();
        // not the ISO value (1954-06-19T09:34:00) and not the volume's first document's date (11 January 1952)
        assertTrue(fields.startsWith("Date 19 June 1954, 09:34 (June 19, 1954, 0934Z)"), fields);
    }

    @Test
    void theVolumesPdfGivesNoDateOrPlaceOfItsFirstDocument() throws Exception {
        String fo = RepoStylesheets.fo(SHEETS, XML, tei, "frus1894Nicaragua", Map.of(), p -> { });
        String first = fo.substring(0, fo.indexOf("How to cite") + 400);
        assertTrue(first.contains("Volume · 138 documents"), first);
        for (String wrong : List.of(">Date<", ">Place<", ">Telegram<", "25 January 1894", "document .")) {
            assertFalse(first.contains(wrong), wrong + " in " + first);
        }
    }

    @Test
    void aLetterStillTakesItsDatelineWhenItsHeaderIsSilent() throws Exception {
        String letter = "<TEI xmlns='http://www.tei-c.org/ns/1.0' xml:id='l'><teiHeader><fileDesc><titleStmt><title>A letter</title>"
                + "</titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc>"
                + "</teiHeader><text><body><div type='document'><opener><dateline><placeName>Vienna</placeName>, "
                + "<date when='1900-03-04'>4 March 1900</date></dateline></opener><p>Text.</p></div></body></text></TEI>";
        List<String> files = new ArrayList<>();
        Document page = Jsoup.parse(RepoStylesheets.page(SHEETS, XML, letter, "l", rel -> {
            files.add(rel);
            return OutputStream.nullOutputStream();
        }));
        String fields = page.select("section.metadata dl.fields").text();
        assertTrue(fields.contains("Date 4 March 1900") && fields.contains("Place Vienna"), fields);
        assertEquals(List.of("l.bib", "l.csl.json"), files);
    }
}
