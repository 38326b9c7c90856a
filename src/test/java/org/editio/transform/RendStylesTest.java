package org.editio.transform;

import static org.editio.transform.SchnitzlerLetters.fo;
import static org.editio.transform.SchnitzlerLetters.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The styles an inline element's @rend asks for (editio:rend-styles) are set on the page and in the PDF alike,
 * under the words the corpora use for them: the PDF set none of them before (a superscript "Dr" read "Dr", the
 * pre-printed letterhead looked handwritten), and the page missed the Schnitzler letters' "small-caps",
 * "capitals", "spaced-out", "latintype", "pre-print".
 */
class RendStylesTest {
    private static String text(Element e) {
        return e.text().replaceAll("\\p{Zs}+", " ").strip();
    }

    /** The first fo:inline (in the letter's text, before its list of names) whose whole text is {@code text}, innermost. */
    private static Element inline(Document fo, String text) {
        return fo.select("fo|inline").stream().filter(i -> text(i).equals(text)
                && i.select("fo|inline").stream().noneMatch(d -> d != i && text(d).equals(text)))
                .findFirst().orElseThrow(() -> new AssertionError("no fo:inline reading " + text));
    }

    @Test
    void preprintedAndLatinTextAreSetApartOnThePageAndInThePdf() throws Exception {
        // L02809: the hotel's printed letterhead "Hôtel Deutscher Kaiser", the Latin-script "Köln" in the text
        Document page = page("L02809");
        Element hotel = page.select("span.tei-hi").stream().filter(e -> e.text().contains("Hôtel Deutscher Kaiser")).findFirst().orElseThrow();
        assertTrue(hotel.hasClass("rend-printed") && hotel.hasClass("rend-pre-print"), hotel.outerHtml());
        Element koeln = page.select("span.tei-hi").stream().filter(e -> e.text().equals("Köln")).findFirst().orElseThrow();
        assertTrue(koeln.hasClass("rend-latin"), koeln.outerHtml());

        // the metadata say what the sans face stands for, on the page and in the PDF
        Element typography = page.select("div.field").stream().filter(f -> f.selectFirst("dt").text().equals("Typography"))
                .findFirst().orElseThrow();
        assertTrue(typography.selectFirst("dd").text().contains("printed on a letterhead")
                && typography.selectFirst("dd").text().contains("Latin script"), typography.text());

        Document fo = fo("L02809");
        assertTrue(fo.select("fo|table-row").stream().anyMatch(r -> r.text().startsWith("Typography")
                && r.text().contains("printed on a letterhead") && r.text().contains("Latin script")), "no Typography row in the PDF");
        Element printed = fo.select("fo|inline").stream().filter(i -> i.text().contains("Hôtel Deutscher Kaiser"))
                .reduce((a, b) -> b).orElseThrow();  // the innermost: the text's only "Hôtel"
        assertTrue(printed.attr("font-family").contains("Sans"), printed.outerHtml());
        assertEquals("#575349", printed.attr("color"));
        Element latin = inline(fo, "Köln");
        assertTrue(latin.attr("font-family").contains("Sans"), latin.outerHtml());
        assertEquals("", latin.attr("color"));
    }

    @Test
    void superscriptAndSmallCapsAreSetInThePdfAsOnThePage() throws Exception {
        // L03865: "Dr" with a superscript r; L03083: "Gruss aus Danzig" in small capitals
        Element r = inline(fo("L03865"), "r");
        assertEquals("super", r.attr("baseline-shift"));
        Element small = inline(fo("L03083"), "Gruss");
        assertEquals("small-caps", small.attr("font-variant"));
        Element gruss = page("L03083").select("span.tei-hi").stream().filter(e -> e.text().equals("Gruss")).findFirst().orElseThrow();
        assertTrue(gruss.hasClass("rend-smallcaps"), gruss.outerHtml());
    }
    /** A stamp's impression (L00003: the journal's stamp "»Moderne Dichtung«" in the closer) is boxed, and the metadata say so. */
    @Test
    void aStampIsBoxed() throws Exception {
        Document page = page("L00003");
        Element stamp = page.select("span.tei-hi").stream().filter(e -> text(e).equals("»Moderne Dichtung«")).findFirst().orElseThrow();
        assertTrue(stamp.hasClass("rend-stamp"), stamp.outerHtml());
        assertTrue(page.select("div.field dd").stream().anyMatch(d -> d.text().contains("The impression of a stamp is boxed.")));
        Element boxed = inline(fo("L00003"), "»Moderne Dichtung«");
        assertTrue(boxed.attr("border").startsWith("0.5pt solid"), boxed.outerHtml());
    }
}
