package org.editio.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.transform.sax.SAXTransformerFactory;
import javax.xml.transform.sax.TransformerHandler;
import javax.xml.transform.stream.StreamResult;
import net.sf.saxon.s9api.XdmNode;
import org.editio.TestFiles;
import org.editio.problem.Problem;
import org.editio.xml.Xml;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.Diff;

/**
 * The stylesheets on the sample, compared with reviewed golden files by XMLUnit (white space between
 * elements ignored). When a change is intended, regenerate the golden file and review the diff.
 */
class GoldenFilesTest {
    private static final Path GOLDEN = TestFiles.REPO.resolve("src/test/resources/golden");
    private static Xml xml;
    private static Stylesheets sheets;
    private static XdmNode sample;
    private static XdmNode register;

    @BeforeAll
    static void compile() throws Exception {
        xml = Xml.create();
        sheets = RepoStylesheets.compile(xml);
        sample = xml.parse(TestFiles.SAMPLE);
        register = xml.parse(TestFiles.REGISTER);
    }

    private static Stylesheets.Context context(Map<String, String> config) {
        return new Stylesheets.Context(register, List.of(sample), config);
    }

    static Map<String, String> config(String pdfHref) {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("edition-title", "Editio sample edition");
        c.put("edition-version", "0.1.0");
        c.put("id", "wilson-112037");
        c.put("pdf-href", pdfHref);
        c.put("tei-href", "tei/wilson-112037.xml");
        c.put("register-href", "register.html");
        c.put("index-href", "index.html");
        c.put("assets-href", "assets/");
        c.put("is-register", "false");
        return c;
    }

    @Test
    void htmlPageMatchesTheGoldenFile() throws Exception {
        List<Problem> problems = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sheets.page(TestFiles.SAMPLE, sample, context(config("pdf/wilson-112037.pdf")), out, rel -> OutputStream.nullOutputStream(), problems::add);
        assertEquals(List.of(), problems);
        Path golden = TestFiles.existing(GOLDEN.resolve("html/wilson-112037.html"));
        W3CDom w3c = new W3CDom();
        Diff diff = DiffBuilder.compare(Input.fromDocument(w3c.fromJsoup(Jsoup.parse(Files.readString(golden)))))
                .withTest(Input.fromDocument(w3c.fromJsoup(Jsoup.parse(out.toString(StandardCharsets.UTF_8)))))
                .ignoreWhitespace().checkForSimilar().build();
        assertFalse(diff.hasDifferences(), diff.toString());
    }

    @Test
    void foMatchesTheGoldenFile() throws Exception {
        List<Problem> problems = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TransformerHandler serializer = ((SAXTransformerFactory) SAXTransformerFactory.newInstance()).newTransformerHandler();
        serializer.setResult(new StreamResult(out));
        sheets.fo(TestFiles.SAMPLE, sample, context(config("")), serializer, problems::add);
        assertEquals(List.of(), problems);
        Path golden = TestFiles.existing(GOLDEN.resolve("fo/wilson-112037.fo"));
        Diff diff = DiffBuilder.compare(Input.fromFile(golden.toFile()))
                .withTest(Input.fromByteArray(out.toByteArray()))
                .ignoreWhitespace().checkForSimilar().build();
        assertFalse(diff.hasDifferences(), diff.toString());
    }

    @Test
    void unknownElementsAreRenderedVisiblyAndReported() throws Exception {
        Path doc = Files.createTempFile("unknown", ".xml");
        try {
            Files.writeString(doc, Files.readString(TestFiles.SAMPLE).replace("<seg type=\"handling\">Special File</seg>",
                    "<seg type=\"handling\">Special File</seg><floatingText>Visible words</floatingText>"));
            XdmNode variant = xml.parse(doc);
            List<Problem> problems = new ArrayList<>();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            sheets.page(doc, variant, context(config("")), out, rel -> OutputStream.nullOutputStream(), problems::add);
            String html = out.toString(StandardCharsets.UTF_8);
            assertTrue(html.contains("Visible words"), "the unknown element's text was dropped");
            assertTrue(html.contains("tei-floatingText"), "the unknown element is not marked with its name");
            assertEquals(1, problems.size(), problems.toString());
            Problem p = problems.get(0);
            assertEquals("unhandled-element", p.code());
            assertTrue(p.line() > 0, "the problem is not located: " + p);
        } finally {
            Files.deleteIfExists(doc);
        }
    }

    /**
     * An unknown element round a paragraph (a frame round a dedication, as in a Schnitzler letter) is a block:
     * a div holding the paragraph, where a span round a p is not valid HTML; reported as any unknown element.
     */
    @Test
    void anUnknownElementRoundAParagraphIsABlock() throws Exception {
        Path doc = Files.createTempFile("unknown", ".xml");
        try {
            String sample = Files.readString(TestFiles.SAMPLE);
            int start = sample.indexOf("<p xml:id=\"p-orders\">");
            assertTrue(start > 0, "the sample has changed");
            int end = sample.indexOf("</p>", start) + "</p>".length();
            Files.writeString(doc, sample.substring(0, start) + "<frame>" + sample.substring(start, end) + "</frame>" + sample.substring(end));
            List<Problem> problems = new ArrayList<>();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            sheets.page(doc, xml.parse(doc), context(config("")), out, rel -> OutputStream.nullOutputStream(), problems::add);
            org.jsoup.nodes.Element frame = org.jsoup.Jsoup.parse(out.toString(StandardCharsets.UTF_8)).selectFirst(".tei-frame");
            assertTrue(frame != null, "the frame is not marked");
            assertEquals("div", frame.tagName(), frame.outerHtml());
            assertTrue(frame.hasClass("unknown-block"), frame.outerHtml());
            assertEquals("p-orders", frame.selectFirst("p").id(), frame.outerHtml());
            assertEquals(List.of("unhandled-element"), problems.stream().map(Problem::code).toList());
        } finally {
            Files.deleteIfExists(doc);
        }
    }
}
