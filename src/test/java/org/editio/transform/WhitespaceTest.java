package org.editio.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.transform.sax.SAXTransformerFactory;
import javax.xml.transform.sax.TransformerHandler;
import javax.xml.transform.stream.StreamResult;
import net.sf.saxon.om.NoElementsSpaceStrippingRule;
import net.sf.saxon.om.SelectedElementsSpaceStrippingRule;
import net.sf.saxon.om.SpaceStrippingRule;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmNode;
import org.editio.TestFiles;
import org.editio.xml.Whitespace;
import org.editio.xml.Xml;
import org.junit.jupiter.api.Test;

/**
 * A document's tree built without the whitespace the stylesheets strip (common/whitespace.xsl): the pages
 * and the XSL-FO made from it are those made from the source as written, but for the ids Saxon generates
 * from a node's place in its tree, and the page's stylesheet reads it as it is (it is marked with that
 * stylesheet's own rule).
 */
class WhitespaceTest {
    private static final Xml XML = Xml.create();
    private static final Stylesheets SHEETS = RepoStylesheets.compile(XML);

    /** Real files of each kind: the sample, Schnitzler letters (notes, lists, addresses), a FRUS excerpt. */
    private static List<Path> sources() {
        Path letters = TestFiles.SHARED.resolve("corpus/schnitzler/letters");
        return List.of(TestFiles.SAMPLE, TestFiles.REGISTER, letters.resolve("L00001.xml"), letters.resolve("L00412.xml"),
                letters.resolve("L02464.xml"), TestFiles.SHARED.resolve("corpus/frus/frus1952-54Guat-excerpt.xml"));
    }

    /** The ids generate-id() gives (e298, d3e17, note-e298 …), which count the whitespace nodes too. */
    private static String withoutGeneratedIds(String s) {
        return s.replaceAll("(?<![\\w.])(d\\d+)?[etn]\\d+(?!\\w)", "ID");
    }

    @Test
    void theTreeLacksTheIndentationOfContainersAndKeepsTheSpacesOfText() throws Exception {
        XPathCompiler xp = XML.processor().newXPathCompiler();
        xp.declareNamespace("tei", "http://www.tei-c.org/ns/1.0");
        String blank = "count(//(tei:body | tei:div | tei:list | tei:listPerson)/text()[normalize-space() = ''])";
        // the header's elements are not stripped (nor is mixed content: a space between two names is text)
        String spaces = "count(//tei:teiHeader//text()[normalize-space() = ''])";
        XdmNode written = XML.parse(TestFiles.existing(TestFiles.SAMPLE));
        XdmNode stripped = XML.parse(TestFiles.SAMPLE, SHEETS.whitespace(true));
        XdmNode register = XML.parse(TestFiles.existing(TestFiles.REGISTER), SHEETS.whitespace(true));
        assertTrue(xp.evaluateSingle(blank, written).getStringValue().matches("[1-9]\\d*"), "the sample has no indentation");
        assertEquals("0", xp.evaluateSingle(blank, stripped).getStringValue());
        assertEquals("0", xp.evaluateSingle(blank, register).getStringValue());
        assertEquals(xp.evaluateSingle(spaces, written).getStringValue(), xp.evaluateSingle(spaces, stripped).getStringValue());
        assertTrue(Integer.parseInt(xp.evaluateSingle(spaces, written).getStringValue()) > 0, "the header has no indentation");
        // the line numbers the problems and the source view give are the source's
        String item = "(//tei:list[1]/tei:item)[1]";
        assertEquals(((XdmNode) xp.evaluateSingle(item, written)).getLineNumber(), ((XdmNode) xp.evaluateSingle(item, stripped)).getLineNumber());
    }

    @Test
    void theTreeIsMarkedWithTheRuleOfTheStylesheetThatReadsIt() throws Exception {
        SpaceStrippingRule html = XML.parse(TestFiles.SAMPLE, SHEETS.whitespace(true)).getUnderlyingNode().getTreeInfo().getSpaceStrippingRule();
        SpaceStrippingRule again = XML.parse(TestFiles.REGISTER, SHEETS.whitespace(true)).getUnderlyingNode().getTreeInfo().getSpaceStrippingRule();
        SpaceStrippingRule fo = XML.parse(TestFiles.SAMPLE, SHEETS.whitespace(false)).getUnderlyingNode().getTreeInfo().getSpaceStrippingRule();
        SpaceStrippingRule none = XML.parse(TestFiles.SAMPLE, Whitespace.KEEP).getUnderlyingNode().getTreeInfo().getSpaceStrippingRule();
        // Saxon compares a tree's rule with its stylesheet's by identity: the one compiled rule of each stylesheet.
        assertSame(html, again);
        assertNotSame(html, fo);
        assertTrue(html instanceof SelectedElementsSpaceStrippingRule, String.valueOf(html));
        assertTrue(fo instanceof SelectedElementsSpaceStrippingRule, String.valueOf(fo));
        assertTrue(none == null || none instanceof NoElementsSpaceStrippingRule, String.valueOf(none));
    }

    @Test
    void pagesAndFoFromStrippedTreesAreThoseOfTheSourcesAsWritten() throws Exception {
        XdmNode register = XML.parse(TestFiles.existing(TestFiles.REGISTER));
        XdmNode strippedRegister = XML.parse(TestFiles.REGISTER, SHEETS.whitespace(true));
        int pages = 0;
        for (Path f : sources()) {
            String id = f.getFileName().toString().replace(".xml", "");
            Map<String, String> config = new java.util.HashMap<>(GoldenFilesTest.config(""));
            config.put("id", id);
            XdmNode written = XML.parse(TestFiles.existing(f));
            XdmNode stripped = XML.parse(f, SHEETS.whitespace(true));
            String a = page(written, new Stylesheets.Context(register, List.of(), config));
            String b = page(stripped, new Stylesheets.Context(strippedRegister, List.of(), config));
            assertTrue(a.length() > 2000, id + ": no page");
            assertEquals(withoutGeneratedIds(a), withoutGeneratedIds(b), id + ": the page differs");
            // the PDF's stylesheet reads a tree stripped for the pages as it reads the source
            assertEquals(withoutGeneratedIds(fo(written, new Stylesheets.Context(register, List.of(), config))),
                    withoutGeneratedIds(fo(stripped, new Stylesheets.Context(strippedRegister, List.of(), config))), id + ": the FO differs");
            pages++;
        }
        assertEquals(sources().size(), pages);
    }

    @Test
    void theItemsOfAListInASignatureStayApartInThePdf() throws Exception {
        // frus1894Nicaragua: "C. A. Lacayo. H. Howe. H. F. Bingham." (the PDF ran them together, "Lacayo.H. Howe.")
        String closer = "<closer><signed><list>\n  <item><hi rend=\"smallcaps\">C. A. Lacayo.</hi></item>\n"
                + "  <item><hi rend=\"smallcaps\">H. Howe</hi>.</item>\n</list></signed></closer>";
        String tei = Files.readString(TestFiles.SAMPLE).replaceFirst("(<div[^>]*>)", "$1" + closer.replace("$", "\\$"));
        String fo = RepoStylesheets.fo(SHEETS, XML, tei, "closer", Map.of(), p -> { });
        assertTrue(fo.replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").contains("C. A. Lacayo. H. Howe."), "the names run together");
    }

    private static String page(XdmNode doc, Stylesheets.Context context) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SHEETS.page(Path.of("x.xml"), doc, context, out, rel -> OutputStream.nullOutputStream(), p -> { });
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String fo(XdmNode doc, Stylesheets.Context context) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TransformerHandler serializer = ((SAXTransformerFactory) SAXTransformerFactory.newInstance()).newTransformerHandler();
        serializer.setResult(new StreamResult(out));
        SHEETS.fo(Path.of("x.xml"), doc, context, serializer, p -> { });
        return out.toString(StandardCharsets.UTF_8);
    }
}
