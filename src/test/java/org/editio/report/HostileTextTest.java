package org.editio.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.editio.pipeline.Report;
import org.editio.problem.Problem;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Messages and file names that break naive writers (quotes, backslashes, controls, markup, CDATA ends,
 * non-ASCII, astral and lone surrogates, spaces) survive the machine formats; problems of the whole run
 * and codes without a hint are written as such.
 */
class HostileTextTest {
    private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private static final String MESSAGE = "a \"quoted\" \\path\\ <b>&amp;</b> ]]> tab\there\r\nnew line \u0001\u001f "
            + "Штыков Ἀθῆναι \uD83D\uDCDC \u2028 end";
    private static final Path BASE = Path.of("/work/edition");
    private static final Path FILE = BASE.resolve("tei/ein Brief ä.xml");

    private final ProblemReport.Run run = new ProblemReport.Run("validate", List.of(FILE), new Report(List.of(
            Problem.error("custom-rule", MESSAGE, FILE, 3, 7),
            Problem.warning("search-index", "lone \uD800 surrogate", null, 0, 0)), 1, 0), BASE, "9.9");

    private String write(ProblemReport.Format f) {
        StringWriter s = new StringWriter();
        ProblemReport.write(f, run, new PrintWriter(s));
        String out = s.toString();
        assertTrue(out.chars().allMatch(c -> c == '\n' || c == '\t' || (c >= 0x20 && c < 0x7f)), "not plain ASCII: " + out);
        return out;
    }

    @Test
    void jsonKeepsEveryCharacter() {
        JsonNode problems = JSON.readTree(write(ProblemReport.Format.JSON)).get("problems");
        JsonNode custom = problems.get(0);
        assertEquals(MESSAGE, custom.get("message").asString());
        assertEquals("tei/ein Brief ä.xml", custom.get("file").asString());
        assertFalse(custom.has("hint"), "a code without a catalog entry has no hint");
        JsonNode whole = problems.get(1);
        assertTrue(whole.get("file").isNull() && whole.get("line").isNull() && whole.get("column").isNull(), whole.toString());
        assertEquals("warning", whole.get("severity").asString());
        assertTrue(whole.get("hint").asString().contains("Pagefind"));
    }

    @Test
    void sarifLocatesTheFileByAnEncodedUriAndLeavesTheRunUnlocated() throws Exception {
        JsonNode run0 = JSON.readTree(write(ProblemReport.Format.SARIF)).get("runs").get(0);
        JsonNode custom = run0.get("results").get(0);
        assertEquals(MESSAGE, custom.get("message").get("text").asString());
        String uri = custom.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asString();
        assertEquals("tei/ein%20Brief%20%C3%A4.xml", uri);
        String base = run0.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asString();
        assertEquals(FILE.toUri(), new URI(base).resolve(uri));
        assertFalse(run0.get("results").get(1).has("locations"));
        JsonNode rule = run0.get("tool").get("driver").get("rules").get(0);
        assertEquals("custom-rule", rule.get("id").asString());
        assertFalse(rule.has("help"));
    }

    @Test
    void junitKeepsWhatXmlCanHoldAndReplacesTheRest() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document xml = f.newDocumentBuilder().parse(new ByteArrayInputStream(
                write(ProblemReport.Format.JUNIT).getBytes(StandardCharsets.UTF_8)));
        Element failure = (Element) xml.getElementsByTagName("failure").item(0);
        // XML 1.0 cannot hold U+0001 and U+001F; an attribute value's tab and line ends are kept as references.
        assertEquals(MESSAGE.replace('\u0001', '\uFFFD').replace('\u001f', '\uFFFD'), failure.getAttribute("message"));
        assertEquals("custom-rule", failure.getAttribute("type"));
        assertEquals("tei/ein Brief ä.xml", ((Element) failure.getParentNode()).getAttribute("name"));
        Element whole = (Element) xml.getElementsByTagName("testcase").item(0);
        assertEquals("editio", whole.getAttribute("name"));
        assertFalse(whole.hasAttribute("file"));
        assertTrue(whole.getTextContent().contains("lone \uFFFD surrogate"), whole.getTextContent());
    }
}
