package org.editio.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.util.List;
import org.editio.xml.Xml;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Editorial notes without @n are numbered by their position among the editorial notes of the text, in
 * document order, as in the PDF: a note inside another gets a number of its own (it once got its outer
 * note's), and @n is used as written.
 */
class NoteNumbersTest {
    private static final Xml XML = Xml.create();
    private static final Stylesheets SHEETS = RepoStylesheets.compile(XML);

    @Test
    void nestedNotesGetNumbersOfTheirOwn() throws Exception {
        String tei = "<TEI xmlns='http://www.tei-c.org/ns/1.0' xml:id='x'><teiHeader><fileDesc><titleStmt><title>T</title>"
                + "</titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc>"
                + "</teiHeader><text><body><p>One<note xml:id='a'>Outer<note xml:id='b'>inner</note></note> two"
                + "<note xml:id='c' n='*'>starred</note> three<note xml:id='d'>last</note></p></body></text></TEI>";
        Document page = Jsoup.parse(RepoStylesheets.page(SHEETS, XML, tei, "x", rel -> OutputStream.nullOutputStream()));
        List<String> numbers = page.select("section.notes li.note-entry a.note-number").eachText();
        assertEquals(List.of("1", "2", "*", "4"), numbers);
    }
}
