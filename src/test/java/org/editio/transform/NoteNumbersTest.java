package org.editio.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.editio.TestFiles;
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
    private static final Stylesheets SHEETS = Stylesheets.compile(XML, name -> {
        try {
            return TestFiles.REPO.resolve("xslt").resolve(name).toUri().toURL();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    });

    @Test
    void nestedNotesGetNumbersOfTheirOwn() throws Exception {
        String tei = "<TEI xmlns='http://www.tei-c.org/ns/1.0' xml:id='x'><teiHeader><fileDesc><titleStmt><title>T</title>"
                + "</titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc>"
                + "</teiHeader><text><body><p>One<note xml:id='a'>Outer<note xml:id='b'>inner</note></note> two"
                + "<note xml:id='c' n='*'>starred</note> three<note xml:id='d'>last</note></p></body></text></TEI>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, String> config = GoldenFilesTest.config("");
        config.put("id", "x");
        SHEETS.page(Path.of("x.xml"), XML.parseText(tei), new Stylesheets.Context(null, List.of(), config), out,
                rel -> OutputStream.nullOutputStream(), p -> { });
        Document page = Jsoup.parse(out.toString(StandardCharsets.UTF_8));
        List<String> numbers = page.select("section.notes li.note-entry a.note-number").eachText();
        assertEquals(List.of("1", "2", "*", "4"), numbers);
    }
}
