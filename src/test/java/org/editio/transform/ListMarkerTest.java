package org.editio.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.editio.TestFiles;
import org.editio.problem.Problem;
import org.editio.xml.Xml;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * A list's markers, the same in the page and the PDF: a label before an item ("a)", "(1)") is that item's
 * marker, a list inside a paragraph is a list (not run into the text), and a list of plain items (the
 * FRUS excerpt's abbreviations) has no numbers the source does not give.
 */
class ListMarkerTest {
    private static final Xml XML = Xml.create();
    private static final Stylesheets SHEETS = RepoStylesheets.compile(XML);
    private static final String LIST = "<p>In order of strength: <list><label>a)</label><item>the first group;</item>"
            + "<label>b)</label><item>the second group.</item></list> Both are in contact.</p>"
            + "<list><item>AA, American Airlines</item><item>AP, Associated Press</item></list>";

    private static String tei() throws Exception {
        return Files.readString(TestFiles.SAMPLE).replaceFirst("(<div[^>]*>)", "$1" + LIST.replace("$", "\\$"));
    }

    @Test
    void theLabelsMarkTheItemsOnThePageAndNothingIsUnhandled() throws Exception {
        List<Problem> problems = new ArrayList<>();
        Document page = Jsoup.parse(RepoStylesheets.page(SHEETS, XML, tei(), "lists", rel -> OutputStream.nullOutputStream(),
                Map.of(), problems::add));
        assertEquals(List.of("a)", "b)"), page.select("ol.tei-list:has(li:contains(the first group)) > li a.item-number").eachText());
        assertTrue(page.select("ul.tei-list:has(li:contains(American Airlines))").size() == 1
                && page.select("ul.tei-list:has(li:contains(American Airlines)) a.item-number").isEmpty(), "a list of plain items got numbers");
        assertEquals(List.of(), problems.stream().filter(p -> p.code().equals("unhandled-element")).toList());
    }

    @Test
    void theLabelsMarkTheItemsInThePdfAndThePlainListHasNoNumbers() throws Exception {
        String fo = RepoStylesheets.fo(SHEETS, XML, tei(), "lists", Map.of(), p -> { });
        Document doc = Jsoup.parse(fo, "", Parser.xmlParser());
        List<String> labels = doc.select("fo|list-item-label").eachText();
        assertTrue(labels.containsAll(List.of("a)", "b)")), labels.toString());
        // the labelled list stands as a list inside its paragraph's block, not as running text
        List<String> lists = doc.select("fo|block > fo|list-block").eachText();
        assertTrue(lists.stream().anyMatch(l -> l.replaceAll("\\s", "").equals("a)thefirstgroup;b)thesecondgroup.")), lists.toString());
        // the plain list's items: empty markers, not "1." and "2."
        // (eachText would leave empty texts out)
        List<String> plain = doc.select("fo|list-item:has(fo|list-item-body:contains(American Airlines)) > fo|list-item-label")
                .stream().map(e -> e.text()).toList();
        assertEquals(List.of(""), plain);
    }
}
