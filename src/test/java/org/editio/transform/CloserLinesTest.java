package org.editio.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.editio.TestFiles;
import org.editio.xml.Xml;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * A closer's lines stand one under the other, on the page as in the PDF, the signature at the right; the
 * punctuation that follows a signature stays on its line. FRUS 1894 No. 1 closes
 * "&lt;signed&gt;Seat, Consular Agent&lt;/signed&gt;,&lt;lb/&gt;(and fifty citizens of the United States)."; the page
 * laid the closer out as a row, the words after the signature in a column of their own beside it, and the
 * PDF set the comma on a line of its own.
 */
class CloserLinesTest {
    private static final Xml XML = Xml.create();
    private static final Stylesheets SHEETS = RepoStylesheets.compile(XML);
    /** The sample telegram with the closer of FRUS 1894 (Nicaragua) No. 1, as the volume encodes it, at the start of its first division. */
    private static String withFrusCloser() throws Exception {
        String volume = Files.readString(TestFiles.existing(TestFiles.SHARED.resolve("corpus/frus/frus1894Nicaragua.xml")));
        Matcher m = Pattern.compile("<closer><signed><hi rend=\"smallcaps\">Seat</hi>.*?</closer>", Pattern.DOTALL).matcher(volume);
        assertTrue(m.find(), "the FRUS volume no longer holds the closer this test quotes");
        assertTrue(m.group().contains("</signed>,<lb/>(and fifty citizens"), m.group());
        return Files.readString(TestFiles.SAMPLE).replaceFirst("(<div[^>]*>)", "$1" + Matcher.quoteReplacement(m.group()));
    }

    private static String text(Element e) {
        return e.text().replaceAll("\\p{Zs}+", " ").strip();
    }

    @Test
    void theCommaAfterASignatureStaysOnItsLineOnThePage() throws Exception {
        Document page = Jsoup.parse(RepoStylesheets.page(SHEETS, XML, withFrusCloser(), "closer", rel -> OutputStream.nullOutputStream()));
        Element closer = page.selectFirst(".tei-closer:has(> .signed:contains(Consular))");
        assertNotNull(closer, page.select(".tei-closer").toString());
        assertEquals("Seat, Consular Agent,", text(closer.selectFirst("> p.signed")));
        assertEquals("Seat, Consular Agent, (and fifty citizens of the United States).", text(closer));
        // the line break right after the signature's line (a box of its own) would only leave an empty line
        assertEquals(List.of(), closer.select("> br"), closer.html());
    }

    @Test
    void theCommaAfterASignatureStaysOnItsLineInThePdf() throws Exception {
        Document fo = Jsoup.parse(RepoStylesheets.fo(SHEETS, XML, withFrusCloser(), "closer", Map.of(), p -> { }), "", Parser.xmlParser());
        Element signature = fo.select("fo|block[text-align=end]").stream().filter(b -> b.text().contains("Consular"))
                .findFirst().orElseThrow();
        assertEquals("Seat, Consular Agent,", text(signature));
        assertTrue(fo.select("fo|block").stream().noneMatch(b -> text(b).equals(",")), "the comma stands on a line of its own");
        assertTrue(fo.select("fo|block").stream().anyMatch(b -> text(b).equals("(and fifty citizens of the United States).")));
    }

    @Test
    void aLettersClosingLinesStayLinesAboveTheSignature() throws Exception {
        // L00001: <closer>Ihr<lb/>ergebener<lb/><signed>D<hi rend="superscript">r</hi> FMamroth</signed></closer>
        String letter = Files.readString(TestFiles.existing(TestFiles.SHARED.resolve("corpus/schnitzler/letters/L00001.xml")));
        Document page = Jsoup.parse(RepoStylesheets.page(SHEETS, XML, letter, "L00001", rel -> OutputStream.nullOutputStream()));
        Element closer = page.selectFirst(".tei-closer");
        assertEquals(2, closer.select("> br").size(), closer.html());
        assertEquals("Dr FMamroth", text(closer.selectFirst("> p.signed")));
        assertEquals("Ihr ergebener Dr FMamroth", text(closer));
    }
}
