package org.editio.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.editio.TestFiles;
import org.editio.problem.Problem;
import org.editio.xml.Xml;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relaxng.datatype.DatatypeException;

/** The edition's schemas on the sample and on small crafted documents, with exact locations. */
class ValidationTest {
    private static Validation validation;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        URL rng = TestFiles.existing(TestFiles.REPO.resolve("schemas/editio.rng")).toUri().toURL();
        URL sch = TestFiles.existing(TestFiles.REPO.resolve("schemas/editio.sch")).toUri().toURL();
        validation = Validation.load(Xml.create(), rng, sch);
    }

    @Test
    void sampleAndRegisterHaveNoProblems() {
        for (Path p : List.of(TestFiles.SAMPLE, TestFiles.REGISTER)) {
            Validation.Result r = validation.check(TestFiles.existing(p));
            assertTrue(r.readable());
            assertEquals(List.of(), r.problems(), "problems in " + p);
        }
    }

    @Test
    void danglingMarginNoteTargetIsLocatedBySchematron() throws IOException {
        Path doc = variant("target=\"#pt4\"", "target=\"#pt9\"");
        Validation.Result r = validation.check(doc);
        List<Problem> errors = r.problems().stream().filter(Problem::isError).toList();
        assertEquals(1, errors.size(), errors.toString());
        Problem p = errors.get(0);
        assertTrue(p.message().contains("#pt9"), p.message());
        assertEquals(lineOf(doc, "target=\"#pt9\""), p.line());
        assertTrue(p.column() > 0);
    }

    @Test
    void unknownAttributeIsLocatedByRelaxNg() throws IOException {
        Path doc = variant("<salute>", "<salute foo=\"x\">");
        Validation.Result r = validation.check(doc);
        Problem p = r.problems().get(0);
        assertEquals("rng", p.code());
        assertEquals(lineOf(doc, "<salute foo"), p.line());
        assertEquals(columnOf(doc, "<salute foo"), p.column());
        assertTrue(p.message().contains("foo"), p.message());
    }

    @Test
    void everyProblemOfAFileIsReportedNotOnlyTheFirst() throws IOException {
        Path doc = variant("<salute>", "<salute foo=\"x\">");
        String text = Files.readString(doc).replace("target=\"#pt4\"", "target=\"#pt9\"").replace("<signed>", "<signed bar=\"y\">");
        Files.writeString(doc, text);
        Validation.Result r = validation.check(doc);
        assertEquals(3, r.problems().stream().filter(Problem::isError).count(), r.problems().toString());
    }

    @Test
    void aDateOutsideEveryDateTypeIsLocatedWithJingsMessage() throws IOException {
        // TEI's dates are a choice of XML Schema types: Jing tries each, and each refuses with a DatatypeException.
        Path doc = variant("when=\"1950-02-07\"", "when=\"1950-02-30\"");
        List<Problem> errors = validation.check(doc).problems().stream().filter(p -> p.code().equals("rng")).toList();
        assertEquals(1, errors.size(), errors.toString());
        // every type of the choice, in alphabetical order (Jing's order changed from run to run)
        assertEquals("value of attribute \"when\" is invalid; must be a year, must be an ISO date, must be an ISO date and"
                + " time, must be an ISO day of the month (of the form ---DD), must be an ISO month (of the form --MM), must be"
                + " an ISO month and day (of the form --MM-DD), must be an ISO time or must be an ISO year and month",
                errors.get(0).message());
        assertEquals(lineOf(doc, "when=\"1950-02-30\""), errors.get(0).line());
    }

    @Test
    void jingsDatatypeExceptionIsEditiosWithoutAStackTrace() {
        URL jing = com.thaiopensource.relaxng.pattern.Pattern.class.getProtectionDomain().getCodeSource().getLocation();
        assertNotEquals(jing, DatatypeException.class.getProtectionDomain().getCodeSource().getLocation(),
                "the DatatypeException in Jing's jar was loaded, not Editio's");
        DatatypeException e = new DatatypeException(4, "not a date");
        assertEquals(0, e.getStackTrace().length);
        assertEquals("not a date", e.getMessage());
        assertEquals(4, e.getIndex());
        assertEquals(DatatypeException.UNKNOWN, new DatatypeException("x").getIndex());
    }

    @Test
    void malformedXmlIsOneLocatedProblem() throws IOException {
        Path doc = dir.resolve("bad.xml");
        Files.writeString(doc, "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n  <teiHeader>\n  </x>\n</TEI>\n");
        Validation.Result r = validation.check(doc);
        assertFalse(r.readable());
        assertNull(r.document());
        Problem p = r.problems().get(0);
        assertEquals("xml-malformed", p.code());
        assertEquals(3, p.line());
    }

    @Test
    void doctypeAndEntitiesAreRefusedNotFetched() throws IOException {
        Path doc = dir.resolve("xxe.xml");
        Files.writeString(doc, "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">&x;</TEI>\n");
        Validation.Result r = validation.check(doc);
        assertFalse(r.readable());
        Problem p = r.problems().get(0);
        assertEquals("xml-doctype", p.code());
        assertEquals(2, p.line());
        assertFalse(p.message().contains("root:"), "no file content may leak: " + p.message());
    }

    @Test
    void nonTeiRootIsRefused() throws IOException {
        Path doc = dir.resolve("html.xml");
        Files.writeString(doc, "<html><body/></html>");
        Validation.Result r = validation.check(doc);
        assertFalse(r.readable());
        assertEquals("not-tei", r.problems().get(0).code());
        assertEquals(1, r.problems().get(0).line());
    }

    @Test
    void aDocumentIsParsedIntoALineNumberedTree() {
        Validation.Result r = validation.check(TestFiles.SAMPLE);
        assertNotNull(r.document());
        assertTrue(r.document().children().iterator().hasNext());
    }

    /** A copy of the sample beside a copy of the register, with one replacement applied. */
    @Test
    void pastTheLimitTheSchematronRulesAreNotRunAndOneWarningSaysSo() throws Exception {
        // A dangling margin-note target (a Schematron error) and three unknown attributes (RelaxNG errors).
        Path doc = variant("target=\"#pt4\"", "target=\"#pt9\"");
        String text = Files.readString(doc).replaceFirst("<salute>", "<salute a=\"1\" b=\"2\" c=\"3\">");
        Files.writeString(doc, text);
        URL rng = TestFiles.REPO.resolve("schemas/editio.rng").toUri().toURL();
        URL sch = TestFiles.REPO.resolve("schemas/editio.sch").toUri().toURL();

        List<Problem> all = Validation.load(Xml.create(), rng, sch, 0).check(doc).problems();
        assertTrue(all.stream().anyMatch(p -> p.message().contains("#pt9")), "without a limit the Schematron rules run: " + all);
        assertTrue(all.stream().noneMatch(p -> p.code().equals("too-many-problems")), all.toString());

        List<Problem> ten = Validation.load(Xml.create(), rng, sch, 10).check(doc).problems();
        assertTrue(ten.stream().anyMatch(p -> p.message().contains("#pt9")), "below the limit they run: " + ten);

        List<Problem> two = Validation.load(Xml.create(), rng, sch, 2).check(doc).problems();
        assertEquals(List.of("rng", "rng", "too-many-problems"), two.stream().map(Problem::code).toList(), two.toString());
        assertTrue(two.get(2).message().contains("Schematron rules were not run"), two.get(2).message());
    }

    private Path variant(String from, String to) throws IOException {
        String text = Files.readString(TestFiles.SAMPLE);
        assertTrue(text.contains(from), "the sample no longer contains " + from);
        Files.copy(TestFiles.REGISTER, dir.resolve("register.xml"));
        Path doc = dir.resolve("variant.xml");
        Files.writeString(doc, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
        return doc;
    }

    static int lineOf(Path doc, String needle) throws IOException {
        List<String> lines = Files.readAllLines(doc);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle + " not in " + doc);
    }

    static int columnOf(Path doc, String needle) throws IOException {
        return Files.readAllLines(doc).get(lineOf(doc, needle) - 1).indexOf(needle) + 1;
    }
}
