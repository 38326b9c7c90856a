package org.editio.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.editio.problem.Problem;
import org.editio.transform.Stylesheets;
import org.editio.validate.Validation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Fuzzes the FO transform (xslt/fo.xsl, what FOP is given for the PDFs) with any bytes that read as a TEI
 * document, valid or not (as {@code --lenient} publishes them): the transform ends with an XSL-FO document
 * rooted in fo:root or with a Saxon error (which the pipeline reports as pdf-failed), never another
 * exception; and its links lead only to http, https and mailto URLs or inside the PDF. FOP itself is not
 * run (it is Apache's; the PDF tests run it on real documents). Regression mode in {@code mvn test} over
 * FoTransformFuzzTestInputs/ (which started as a copy of the HTML transform's inputs); {@code JAZZER_FUZZ=1}
 * fuzzes (README).
 */
class FoTransformFuzzTest {
    private static final String FO = "http://www.w3.org/1999/XSL/Format";
    private static final Pattern URL = Pattern.compile("^\\s*url\\(\\s*(['\"]?)(.*)\\1\\s*\\)\\s*$", Pattern.DOTALL);

    private static FuzzInputs.Fixture fixture;
    private static Validation validation;
    private static Stylesheets sheets;
    private static XdmNode register;
    private static Path file;

    @BeforeAll
    static void compile() throws Exception {
        fixture = FuzzInputs.fixture("editio-fuzz-fo");
        validation = fixture.validation();
        sheets = fixture.sheets();
        register = fixture.register();
        file = fixture.file();
    }

    @AfterAll
    static void clean() throws IOException {
        fixture.close();
    }

    /** What FOP would be given: the root element's name and every external link. */
    private static final class Fo extends DefaultHandler {
        String root;
        final List<String> external = new ArrayList<>();

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            if (root == null) {
                root = "{" + uri + "}" + local;
            }
            if (FO.equals(uri) && local.equals("basic-link")) {
                String destination = atts.getValue("", "external-destination");
                if (destination != null) {
                    external.add(destination);
                }
            }
        }
    }

    @FuzzTest
    @Timeout(120) // a hang is a finding
    void anyTeiDocumentBecomesInertFoOrAProblem(byte[] bytes) throws IOException {
        Files.write(file, bytes);
        Validation.Result r = validation.check(file);
        if (!r.readable()) {
            return; // the validation's fuzz test covers what cannot be read
        }
        List<Problem> problems = new ArrayList<>();
        Fo fo = new Fo();
        Stylesheets.Context context = new Stylesheets.Context(register, List.of(r.document()), FuzzInputs.config());
        try {
            sheets.fo(file, r.document(), context, fo, problems::add);
        } catch (SaxonApiException e) {
            return; // reported as pdf-failed for this document; the others are published
        }
        assertEquals("{" + FO + "}root", fo.root, "the transform's result is XSL-FO");
        List<String> bad = new ArrayList<>();
        for (String destination : fo.external) {
            Matcher m = URL.matcher(destination);
            String url = m.matches() ? m.group(2) : destination;
            String scheme = FuzzInputs.scheme(url);
            if (!scheme.equals("http") && !scheme.equals("https") && !scheme.equals("mailto")) {
                bad.add(destination);
            }
        }
        assertEquals(List.of(), bad, "links a PDF reader would follow elsewhere than the web or mail");
        assertTrue(problems.stream().noneMatch(p -> p.code() == null), "every problem has a code");
    }

    /**
     * Any strings as the pointers and text of a well-formed document (so that every input reaches the
     * stylesheets): @target of ref and ptr, @ref of persName, @facs of pb, and a paragraph's text.
     */
    @FuzzTest
    @Timeout(120) // a hang is a finding
    void anyPointerOrTextStaysInert(String pointer, String text) throws IOException {
        anyTeiDocumentBecomesInertFoOrAProblem(FuzzInputs.document(pointer, text).getBytes(StandardCharsets.UTF_8));
    }
}
