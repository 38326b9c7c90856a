package org.editio.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.editio.xml.Xml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The BibTeX file written beside a page: TeX's special characters in a value get their control sequences,
 * and a value without any is written as it is.
 */
class CitationFilesTest {
    private static final Xml XML = Xml.create();
    private static final Stylesheets SHEETS = RepoStylesheets.compile(XML);

    private static String bibtex(String title, String publisher) throws Exception {
        String tei = "<TEI xmlns='http://www.tei-c.org/ns/1.0' xml:id='x'><teiHeader><fileDesc><titleStmt><title>" + title
                + "</title></titleStmt><publicationStmt><publisher>" + publisher + "</publisher></publicationStmt>"
                + "<sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader><text><body><p>Text.</p></body></text></TEI>";
        Map<String, ByteArrayOutputStream> files = new HashMap<>();
        RepoStylesheets.page(SHEETS, XML, tei, "x", rel -> files.computeIfAbsent(rel, k -> new ByteArrayOutputStream()));
        assertTrue(files.containsKey("x.bib"), "files written: " + files.keySet());
        return files.get("x.bib").toString(StandardCharsets.UTF_8);
    }

    private static String field(String bib, String name) {
        return bib.lines().map(String::strip).filter(l -> l.startsWith(name + " = ")).findFirst().orElse("(no " + name + ")");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "a &amp; b | a \\& b", "50% | 50\\%", "{x} | \\{x\\}", "#1 | \\#1", "a_b | a\\_b", "~ | \\textasciitilde{}",
        "^ | \\textasciicircum{}", "\\ | \\textbackslash{}", "$5 | \\$5"})
    void eachSpecialCharacterIsEscapedAlone(String written, String escaped) throws Exception {
        String bib = bibtex("Title " + written, "Press " + written);
        assertEquals("title = {{Title " + escaped + "}},", field(bib, "title"));
        assertEquals("publisher = {Press " + escaped + "},", field(bib, "publisher"));
    }

    @Test
    void specialCharactersAreEscapedTogether() throws Exception {
        String bib = bibtex("Smith &amp; Sons: 50% of {all} #1 ~ a_b ^ \\ $5", "A &amp; B");
        assertEquals("title = {{Smith \\& Sons: 50\\% of \\{all\\} \\#1 \\textasciitilde{} a\\_b \\textasciicircum{} "
                + "\\textbackslash{} \\$5}},", field(bib, "title"));
        assertEquals("publisher = {A \\& B},", field(bib, "publisher"));
    }

    @Test
    void plainValuesAreWrittenAsTheyAre() throws Exception {
        String bib = bibtex("Shtykov to Vyshinsky, 7 February 1950 (ciphered telegram)", "Wilson Center");
        assertEquals("title = {{Shtykov to Vyshinsky, 7 February 1950 (ciphered telegram)}},", field(bib, "title"));
        assertEquals("publisher = {Wilson Center},", field(bib, "publisher"));
    }
}
