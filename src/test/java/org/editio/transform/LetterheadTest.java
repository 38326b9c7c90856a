package org.editio.transform;

import static org.editio.transform.SchnitzlerLetters.fo;
import static org.editio.transform.SchnitzlerLetters.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A printed letterhead (seg type="letterhead" in the opener, as the Schnitzler letters encode it, its parts
 * at either end of a line marked rend="left" and rend="right") is lines, on the page and in the PDF: the
 * first letter's letterhead read "Handelsblatt.Redaction.Frankfurt a. M., 2. Aug. 1889Telegramm-Adresse:".
 */
class LetterheadTest {
    /** An element's text without the page-break markers, its spaces plain. */
    private static String text(Element e) {
        Element bare = e.clone();
        bare.select(".page-break").remove();
        return bare.text().replaceAll("\\p{Zs}+", " ").strip();
    }

    /**
     * An opener of untyped segs (L03775: "Dr. Arthur Schnitzler" with the date "9. X. 917" at the right end of the
     * line, then the address) is lines as well: the page read "Schnitzler9. X. 917Wien XVIII. …" before.
     */
    @Test
    void theUntypedSegsOfAnOpenerAreLines() throws Exception {
        Document page = page("L03775");
        List<Element> lines = page.select(".tei-opener > p.opener-part");
        assertEquals(List.of("Dr. Arthur Schnitzler 9. X. 917", "Wien XVIII. Sternwartestrasse 71"),
                lines.stream().map(LetterheadTest::text).toList());
        assertEquals(List.of("Dr. Arthur Schnitzler", "9. X. 917"),
                lines.get(0).select("> span.rend-left, > span.rend-right").stream().map(LetterheadTest::text).toList());
        String main = page.selectFirst("main").text();
        assertFalse(main.contains("9179") || main.contains("917Wien") || main.contains("Schnitzler9"), main);

        Document fo = fo("L03775");
        // the innermost block holding both parts: the line's own
        Element split = fo.select("fo|block").stream().filter(b -> b.text().contains("Dr. Arthur Schnitzler")
                && b.text().contains("917")).reduce((a, b) -> b).orElseThrow();
        assertEquals("justify", split.attr("text-align-last"));
        assertTrue(split.selectFirst("fo|leader") != null, "no leader between the line's left and right parts");
        assertTrue(fo.select("fo|block").stream().anyMatch(b -> text(b).equals("Wien XVIII. Sternwartestrasse 71")), "the address is no line");
    }

    /** A dateline of a left and a right part (L02309: "A. S." and "4. 11. 18") keeps them apart, at either end. */
    @Test
    void aDatelineWithARightPartHasItAtTheEndOfTheLine() throws Exception {
        Element dateline = page("L02309").selectFirst(".tei-opener > p.dateline");
        assertEquals("A. S. 4. 11. 18", text(dateline));
        assertEquals(List.of("A. S.", "4. 11. 18"), dateline.select("> span.rend-left, > span.rend-right").stream()
                .map(LetterheadTest::text).toList());
        Element block = fo("L02309").select("fo|block").stream().filter(b -> b.text().contains("4. 11. 18") && b.text().contains("A. S."))
                .reduce((a, b) -> b).orElseThrow();
        assertEquals("justify", block.attr("text-align-last"));
        assertTrue(block.selectFirst("fo|leader") != null, "no leader in the dateline");
    }

    /** Lines of the opener marked rend="right" (L04093: the dateline, then "Wiener Café, 10 Uhr Abds") stand at the right. */
    @Test
    void openerLinesMarkedRightStandAtTheRight() throws Exception {
        List<Element> lines = page("L04093").select(".tei-opener > p");
        assertEquals(List.of("Wiesbaden, 29. 9. 99.", "Wiener Café, 10 Uhr Abds"), lines.stream().map(LetterheadTest::text).toList());
        lines.forEach(l -> assertTrue(l.hasClass("align-right"), l.outerHtml()));
        Element cafe = fo("L04093").select("fo|block").stream().filter(b -> text(b).equals("Wiener Café, 10 Uhr Abds")).findFirst().orElseThrow();
        assertEquals("end", cafe.attr("text-align"));
    }

    @Test
    void eachPartOfTheLetterheadIsALineOnThePage() throws Exception {
        Document page = page("L00001");
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
        Document doc = fo("L00001");
        // the lines' own blocks (none holds another block), their text set in an inline of its own (pre-printed)
        List<String> blocks = doc.select("fo|block").stream().filter(b -> b.select("fo|block").size() == 1)
                .filter(b -> b.text().startsWith("Telegramm-Adresse") || b.text().startsWith("Redaction.")
                        || b.text().startsWith("Zeitung Frankfurt")).map(Element::text).toList();
        assertEquals(3, blocks.size(), blocks.toString());
        Element split = doc.select("fo|block").stream().filter(b -> b.text().startsWith("Redaction.")).findFirst().orElseThrow();
        assertEquals("justify", split.attr("text-align-last"));
        assertTrue(split.selectFirst("fo|leader") != null, "no leader between the line's left and right parts");
    }
    /**
     * A paragraph of a left and a right part (L02947: "Frankfurt, 31. December." and the address "Reuterweg 59.")
     * keeps their words apart, on the page and in the PDF: they read "December.Reuterweg" before.
     */
    @Test
    void aRightPartAfterALeftPartInAParagraphIsAWordApart() throws Exception {
        Element p = page("L02947").select("main p.tei-p").stream().filter(e -> e.text().contains("Reuterweg")).findFirst().orElseThrow();
        assertTrue(text(p).endsWith("Frankfurt, 31. December. Reuterweg 59."), text(p));
        Element block = fo("L02947").select("fo|block").stream().filter(b -> text(b).contains("31. December.") && text(b).contains("Reuterweg 59"))
                .reduce((a, b) -> b).orElseThrow();
        assertTrue(text(block).endsWith("Frankfurt, 31. December. Reuterweg 59."), text(block));
    }
    /**
     * A paragraph, salute or dateline whose rend says "center" or "right" (L02947: the salutation "Mein lieber
     * Freund," in a centred paragraph; L01892: the dateline at the right) is so aligned on the page and in the PDF.
     */
    @Test
    void paragraphsAndDatelinesAreAlignedAsTheirRendSays() throws Exception {
        Element centred = page("L02947").select("main p.tei-p").stream().filter(e -> text(e).contains("Mein lieber Freund,"))
                .findFirst().orElseThrow();
        assertTrue(centred.hasClass("align-center"), centred.outerHtml());
        Element block = fo("L02947").select("fo|block").stream().filter(b -> text(b).endsWith("Mein lieber Freund,"))
                .reduce((a, b) -> b).orElseThrow();
        assertEquals("center", block.attr("text-align"));
        Element dateline = page("L01892").selectFirst(".tei-opener > p.dateline");
        assertTrue(dateline.hasClass("align-right"), dateline.outerHtml());
        Element berlin = fo("L01892").select("fo|block").stream().filter(b -> text(b).endsWith("Berlin, 3. Dezember 09"))
                .reduce((a, b) -> b).orElseThrow();
        assertEquals("end", berlin.attr("text-align"));
    }
}
