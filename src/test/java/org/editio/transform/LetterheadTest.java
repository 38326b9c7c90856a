package org.editio.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.editio.TestFiles;
import org.editio.xml.Xml;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * A printed letterhead (seg type="letterhead" in the opener, as the Schnitzler letters encode it, its parts
 * at either end of a line marked rend="left" and rend="right") is lines, on the page and in the PDF: the
 * first letter's letterhead read "Handelsblatt.Redaction.Frankfurt a. M., 2. Aug. 1889Telegramm-Adresse:".
 */
class LetterheadTest {
    private static final Xml XML = Xml.create();
    private static final Stylesheets SHEETS = RepoStylesheets.compile(XML);

    private static String letter() throws Exception {
        return Files.readString(TestFiles.existing(TestFiles.SHARED.resolve("corpus/schnitzler/letters/L00001.xml")));
    }

    @Test
    void eachPartOfTheLetterheadIsALineOnThePage() throws Exception {
        Document page = Jsoup.parse(RepoStylesheets.page(SHEETS, XML, letter(), "L00001", rel -> OutputStream.nullOutputStream()));
        List<Element> lines = page.select(".tei-opener > p.type-letterhead");
        assertEquals(4, lines.size(), lines.toString());
        // the first line begins with the page break the source marks there
        assertTrue(lines.get(0).text().endsWith("Frankfurter Zeitung und Handelsblatt."), lines.get(0).text());
        assertEquals(List.of("Redaction. Frankfurt a. M., 2. Aug. 1889", "Telegramm-Adresse:", "Zeitung Frankfurt Main"),
                lines.subList(1, 4).stream().map(l -> l.text().replaceAll("\\p{Zs}+", " ")).toList());
        // the line with a left and a right part holds them as two boxes, at either end (editio.css)
        assertEquals(List.of("Redaction.", "Frankfurt a. M., 2. Aug. 1889"), lines.get(1).select("> span.rend-left, > span.rend-right")
                .stream().map(l -> l.text().replaceAll("\\p{Zs}+", " ")).toList());
        assertFalse(page.selectFirst("main").text().contains("1889Telegramm"), "the lines run together");
    }

    @Test
    void eachPartOfTheLetterheadIsALineInThePdf() throws Exception {
        String fo = RepoStylesheets.fo(SHEETS, XML, letter(), "L00001", Map.of(), p -> { });
        Document doc = Jsoup.parse(fo, "", Parser.xmlParser());
        List<String> blocks = doc.select("fo|block").stream().filter(b -> b.ownText().startsWith("Telegramm-Adresse")
                || b.text().startsWith("Redaction.") || b.text().startsWith("Zeitung Frankfurt")).map(Element::text).toList();
        assertEquals(3, blocks.size(), blocks.toString());
        Element split = doc.select("fo|block").stream().filter(b -> b.text().startsWith("Redaction.")).findFirst().orElseThrow();
        assertEquals("justify", split.attr("text-align-last"));
        assertTrue(split.selectFirst("fo|leader") != null, "no leader between the line's left and right parts");
    }
}
