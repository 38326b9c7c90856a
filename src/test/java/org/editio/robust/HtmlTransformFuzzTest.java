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
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.editio.problem.Problem;
import org.editio.transform.Stylesheets;
import org.editio.validate.Validation;
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

    private static FuzzInputs.Fixture fixture;
    private static Validation validation;
    private static Stylesheets sheets;
    private static XdmNode register;
    private static Path file;

    @BeforeAll
    static void compile() throws Exception {
        fixture = FuzzInputs.fixture("editio-fuzz-html");
        validation = fixture.validation();
        sheets = fixture.sheets();
        register = fixture.register();
        file = fixture.file();
    }

    @AfterAll
    static void clean() throws IOException {
        fixture.close();
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
        Stylesheets.Context context = new Stylesheets.Context(register, List.of(r.document()), FuzzInputs.config());
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
                String scheme = FuzzInputs.scheme(a.getValue());
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
        anyTeiDocumentBecomesAnInertPageOrAProblem(FuzzInputs.document(pointer, text).getBytes(StandardCharsets.UTF_8));
    }
}
