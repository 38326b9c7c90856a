package org.editio.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.editio.TestFiles;
import org.editio.problem.Problem;
import org.editio.transform.Stylesheets;
import org.editio.validate.Validation;
import org.editio.xml.Xml;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the HTML transform (xslt/html.xsl) with any bytes that read as a TEI document, valid or not (as
 * {@code --lenient} publishes them): the transform ends with a page or a Saxon error (which the pipeline
 * reports as html-failed), never another exception; and the page links only http, https, mailto and
 * relative URLs and carries no event handler attribute. Regression mode in {@code mvn test} over
 * HtmlTransformFuzzTestInputs/; {@code JAZZER_FUZZ=1} fuzzes (README).
 */
class HtmlTransformFuzzTest {
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "poster", "data", "cite");
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.\\-]*):");

    private static Xml xml;
    private static Validation validation;
    private static Stylesheets sheets;
    private static XdmNode register;
    private static Path dir;
    private static Path file;

    @BeforeAll
    static void compile() throws Exception {
        xml = Xml.create();
        validation = Validation.load(xml, TestFiles.REPO.resolve("schemas/editio.rng").toUri().toURL(),
                TestFiles.REPO.resolve("schemas/editio.sch").toUri().toURL());
        sheets = Stylesheets.compile(xml, name -> {
            try {
                return TestFiles.REPO.resolve("xslt").resolve(name).toUri().toURL();
            } catch (java.net.MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        });
        dir = Files.createTempDirectory("editio-fuzz-html");
        Files.copy(TestFiles.REGISTER, dir.resolve("register.xml"));
        register = xml.parse(dir.resolve("register.xml"));
        file = dir.resolve("fuzzed.xml");
    }

    @AfterAll
    static void clean() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir.resolve("register.xml"));
        Files.deleteIfExists(dir);
    }

    @FuzzTest
    @Timeout(120) // a hang is a finding
    void anyTeiDocumentBecomesAnInertPageOrAProblem(byte[] bytes) throws IOException {
        Files.write(file, bytes);
        Validation.Result r = validation.check(file);
        if (!r.readable()) {
            return; // the validation's fuzz test covers what cannot be read
        }
        List<Problem> problems = new ArrayList<>();
        ByteArrayOutputStream page = new ByteArrayOutputStream();
        Stylesheets.Context context = new Stylesheets.Context(register, List.of(r.document()), config());
        try {
            sheets.page(file, r.document(), context, page, rel -> OutputStream.nullOutputStream(), problems::add);
        } catch (SaxonApiException e) {
            return; // reported as html-failed for this document; the others are published
        }
        assertTrue(page.size() > 0, "an empty page");
        List<String> bad = new ArrayList<>();
        for (Element e : Jsoup.parse(page.toString(StandardCharsets.UTF_8)).getAllElements()) {
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                String scheme = scheme(a.getValue());
                if (name.startsWith("on") || URL_ATTRIBUTES.contains(name) && !scheme.isEmpty() && !LINK_SCHEMES.contains(scheme)) {
                    bad.add("<" + e.tagName() + " " + a.getKey() + "=\"" + a.getValue() + "\">");
                }
            }
        }
        assertEquals(List.of(), bad, "live links or handlers in the page");
    }

    /**
     * Any strings as the pointers and text of a well-formed document (so that every input reaches the
     * stylesheets): @target of ref and ptr, @ref of persName, @facs of pb, and a paragraph's text.
     */
    @FuzzTest
    @Timeout(120) // a hang is a finding
    void anyPointerOrTextStaysInert(String pointer, String text) throws IOException {
        String p = attribute(pointer);
        String doc = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:id=\"fuzzed\" xml:lang=\"en\"><teiHeader><fileDesc>"
                + "<titleStmt><title type=\"main\">" + text(text) + "</title></titleStmt>"
                + "<publicationStmt><publisher>Editio</publisher></publicationStmt><sourceDesc><p>Fuzzed.</p></sourceDesc>"
                + "</fileDesc></teiHeader><text><body><div type=\"letter\"><p><ref target=\"" + p + "\">a link</ref>, "
                + "<ptr target=\"" + p + "\"/>, <persName ref=\"" + p + "\">a name</persName>, <pb n=\"2\" facs=\"" + p
                + "\"/>" + text(text) + "</p></div></body></text></TEI>";
        anyTeiDocumentBecomesAnInertPageOrAProblem(doc.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code s} as XML attribute content: characters XML cannot hold dropped, markup escaped. */
    private static String attribute(String s) {
        return text(s).replace("\"", "&quot;").replace("\t", "&#9;").replace("\n", "&#10;").replace("\r", "&#13;");
    }

    private static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        s.codePoints().filter(c -> c == 9 || c == 10 || c == 13 || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF).forEach(b::appendCodePoint);
        return b.toString().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The configuration the pipeline gives a document page (docs/xslt-contract.md). */
    private static Map<String, String> config() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("edition-title", "Fuzzed edition");
        c.put("edition-version", "1");
        c.put("edition-date", "");
        c.put("site-url", "");
        c.put("register-href", "register.html");
        c.put("index-href", "index.html");
        c.put("search-href", "search.html");
        c.put("assets-href", "assets/");
        c.put("page-size", "A4");
        c.put("id", "fuzzed");
        c.put("page-href", "fuzzed.html");
        c.put("pdf-href", "pdf/fuzzed.pdf");
        c.put("tei-href", "tei/fuzzed.xml");
        c.put("is-register", "false");
        for (String key : List.of("part", "volume-href", "volume-title", "prev-href", "prev-title", "next-href", "next-title")) {
            c.put(key, "");
        }
        return c;
    }

    /** The scheme a browser sees: controls and spaces at the ends and tabs/newlines inside are dropped. */
    private static String scheme(String value) {
        String v = value.replaceAll("^[\\u0000-\\u0020]+|[\\u0000-\\u0020]+$", "").replaceAll("[\\t\\n\\r]", "")
                .toLowerCase(Locale.ROOT);
        Matcher m = SCHEME.matcher(v);
        return m.find() ? m.group(1) : "";
    }
}
