package org.editio.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.editio.problem.Problem;
import org.editio.xml.Xml;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * TEI tables (table, row, cell) are tables in both outputs, no longer "unhandled elements" laid out cell
 * under cell (the list of papers of the FRUS volume on Nicaragua took 139 rows × 5 cells, one block each):
 * the head is the caption, a label row or cell a header, @cols and @rows span, and whatever else stands
 * between the rows (a page break) keeps its place at the start of the next row's first cell.
 */
class TableTest {
    private static final Xml XML = Xml.create();
    private static final Stylesheets SHEETS = RepoStylesheets.compile(XML);
    static final String TEI = "<TEI xmlns='http://www.tei-c.org/ns/1.0' xml:id='t'><teiHeader><fileDesc><titleStmt>"
            + "<title>Tables</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc>"
            + "</fileDesc></teiHeader><text><body><div>"
            + "<table xml:id='papers'><head>List of papers</head>"
            + "<row role='label'><cell>No.</cell><cell>Name</cell><cell>Page</cell></row>"
            + "<row><cell rows='2'>1</cell><cell>Mr. Seat to Mr. Gresham</cell><cell>9</cell></row>"
            + "<pb n='6'/>"
            + "<row><cell cols='2'>Honduras invading Cape Gracias</cell></row>"
            + "</table>"
            + "<p>A small table in running text: <table><row><cell>a</cell><cell>b</cell></row></table> ends here.</p>"
            + "</div></body></text></TEI>";

    @Test
    void theHtmlPageHasATableWithCaptionHeadersAndSpans() throws Exception {
        List<Problem> problems = new ArrayList<>();
        Document page = Jsoup.parse(RepoStylesheets.page(SHEETS, XML, TEI, "t", rel -> OutputStream.nullOutputStream(), Map.of(),
                problems::add));
        assertEquals(List.of(), problems.stream().filter(p -> p.code().equals("unhandled-element")).toList());

        Element table = page.selectFirst("div.table-wrap > table#papers");
        assertEquals("List of papers", table.selectFirst("caption").text());
        assertEquals(List.of("No.", "Name", "Page"), table.select("tr").get(0).select("th[scope=col]").eachText());
        Element first = table.select("tr").get(1);
        assertEquals("2", first.selectFirst("td").attr("rowspan"));
        assertEquals(List.of("1", "Mr. Seat to Mr. Gresham", "9"), first.select("td").eachText());
        // the page break between the rows opens the next row's first cell: no row of its own, which would break
        // the first column's rowspan and the table's columns
        assertEquals(3, table.select("tr").size());
        Element after = table.select("tr").get(2).selectFirst("td");
        assertEquals("2", after.attr("colspan"));
        assertTrue(after.child(0).hasClass("page-break") && after.child(0).text().contains("p. 6"), after.outerHtml());
        assertTrue(after.text().endsWith("Honduras invading Cape Gracias"), after.text());

        // inside a paragraph HTML allows no table: spans with ARIA roles, the paragraph in one piece
        Element inline = page.selectFirst("p span.table-inline[role=table]");
        assertEquals(List.of("a", "b"), inline.select("[role=row] > [role=cell]").eachText());
        assertTrue(inline.parent().text().endsWith("ends here."), inline.parent().text());
        assertTrue(page.selectFirst("main").text().contains("a b ends here."), "the cells' words stay apart");
    }

    @Test
    void thePdfHasAnFoTableWithTheSameCellsAndSpans() throws Exception {
        List<Problem> problems = new ArrayList<>();
        String xml = RepoStylesheets.fo(SHEETS, XML, TEI, "t", Map.of(), problems::add);
        assertEquals(List.of(), problems.stream().filter(p -> p.code().equals("unhandled-element")).toList());
        Document fo = Jsoup.parse(xml, "", org.jsoup.parser.Parser.xmlParser());

        Element table = fo.select("fo|table").stream().filter(t -> t.select("fo|table-column").size() == 3).findFirst().orElseThrow();
        assertEquals(3, table.select("fo|table-row").size());
        assertEquals(3, table.select("> fo|table-column").size());
        // a column of numbers narrower than one of names
        String numbers = table.select("> fo|table-column").get(0).attr("column-width");
        String names = table.select("> fo|table-column").get(1).attr("column-width");
        assertEquals("proportional-column-width(10)", numbers);
        assertEquals("proportional-column-width(23)", names);
        List<Element> rows = table.select("fo|table-row");
        assertEquals("bold", rows.get(0).selectFirst("fo|table-cell").attr("font-weight"));
        assertEquals("2", rows.get(1).selectFirst("fo|table-cell").attr("number-rows-spanned"));
        Element after = rows.get(2).selectFirst("fo|table-cell");
        assertEquals("2", after.attr("number-columns-spanned"));
        assertTrue(after.text().matches(".*6.*Honduras invading Cape Gracias.*"), after.outerHtml());
        assertEquals("List of papers", table.previousElementSibling().text());
    }

}
