package org.editio.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.editio.TestFiles;
import org.editio.xml.Xml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * A thread's kept validator (reset between documents, its memo tables kept) reports for each document
 * exactly what a new validator reports: checked on real letters that are far from the edition's schema
 * (hundreds of problems each, so Jing's error recovery builds many patterns), in order and then in
 * reverse order, and on the sample edition, which is valid. Schema errors reach the handler with their
 * message and location, without a stack trace (Editio's PatternValidator in place of Jing's). The lists of
 * what is expected, which Editio's PatternMatcher keeps once made, name the elements with the prefix each
 * document binds.
 */
class RngSchemaTest {
    private static final Xml XML = Xml.create();

    private static List<Path> letters() throws Exception {
        Path folder = TestFiles.existing(TestFiles.SHARED.resolve("corpus/schnitzler/letters"));
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.toString().endsWith(".xml")).sorted().limit(12).toList();
        }
    }

    private static RngSchema schema() throws Exception {
        return RngSchema.load(TestFiles.existing(TestFiles.REPO.resolve("schemas/editio.rng")).toUri().toURL());
    }

    /** The problems of one document, each as text, with the validator the calling thread keeps. */
    private static List<String> check(RngSchema schema, Path file) throws Exception {
        ProblemCollector problems = new ProblemCollector(file, "rng", Integer.MAX_VALUE);
        XML.parse(file, schema.validator(problems).getContentHandler());
        return problems.problems().stream().map(p -> p.format(TestFiles.REPO)).toList();
    }

    /** The problems of one document with a validator of its own: a thread that checked nothing before. */
    private static List<String> fresh(RngSchema schema, Path file) throws Exception {
        AtomicReference<List<String>> out = new AtomicReference<>();
        AtomicReference<Exception> failed = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                out.set(check(schema, file));
            } catch (Exception e) {
                failed.set(e);
            }
        });
        t.start();
        t.join();
        if (failed.get() != null) {
            throw failed.get();
        }
        return out.get();
    }

    @Test
    void aKeptValidatorReportsWhatANewOneReports() throws Exception {
        RngSchema schema = schema();
        List<Path> docs = new ArrayList<>(letters());
        docs.add(TestFiles.SAMPLE);
        List<List<String>> expected = new ArrayList<>();
        for (Path d : docs) {
            expected.add(fresh(schema, d));
        }
        assertFalse(expected.get(0).isEmpty(), "the first letter should have schema problems");
        assertTrue(expected.get(expected.size() - 1).isEmpty(), "the sample edition should be valid");
        for (int i = 0; i < docs.size(); i++) {
            assertEquals(expected.get(i), check(schema, docs.get(i)), docs.get(i).toString());
        }
        for (int i = docs.size() - 1; i >= 0; i--) {
            assertEquals(expected.get(i), check(schema, docs.get(i)), "again, in reverse: " + docs.get(i));
        }
    }

    @Test
    void aDocumentThatStoppedHalfWayLeavesNothingBehind() throws Exception {
        RngSchema schema = schema();
        Path letter = letters().get(0);
        List<String> expected = fresh(schema, TestFiles.SAMPLE);
        // stop feeding the validator after three problems, as Validation does at its limit
        ProblemCollector few = new ProblemCollector(letter, "rng", 3);
        XML.parse(letter, new UntilFull(schema.validator(few).getContentHandler(), few));
        assertTrue(few.full());
        assertEquals(expected, check(schema, TestFiles.SAMPLE));
    }

    @Test
    void schemaErrorsArriveWithTheirMessageAndLocationAndWithoutAStackTrace(@TempDir Path dir) throws Exception {
        Path doc = dir.resolve("bad.xml");
        Files.writeString(doc, "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:lang=\"en\">\n"
                + "  <teiHeader/>\n"
                + "  <bogus/>\n"
                + "</TEI>\n");
        List<SAXParseException> errors = new ArrayList<>();
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                errors.add(e);
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e);
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
                throw e;
            }
        };
        XML.parse(doc, schema().validator(handler).getContentHandler());
        assertFalse(errors.isEmpty(), "the document breaks the schema");
        SAXParseException bogus = errors.stream().filter(e -> e.getMessage().contains("\"bogus\"")).findFirst()
                .orElseThrow(() -> new AssertionError("no error names the element bogus: " + errors));
        assertEquals(3, bogus.getLineNumber(), bogus.getMessage());
        assertTrue(bogus.getColumnNumber() > 0, "a column: " + bogus.getColumnNumber());
        for (SAXParseException e : errors) {
            assertEquals(0, e.getStackTrace().length, "no stack trace: " + e.getMessage());
        }
    }

    @Test
    void keptListsOfWhatIsExpectedUseEachDocumentsPrefixes(@TempDir Path dir) throws Exception {
        Path plain = dir.resolve("plain.xml");
        Files.writeString(plain, "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n  <teiHeader/>\n  <bogus/>\n</TEI>\n");
        Path prefixed = dir.resolve("prefixed.xml");
        Files.writeString(prefixed, "<t:TEI xmlns:t=\"http://www.tei-c.org/ns/1.0\">\n  <t:teiHeader/>\n  <t:bogus/>\n</t:TEI>\n");
        RngSchema schema = schema();
        List<String> plainAlone = fresh(schema, plain);
        List<String> prefixedAlone = fresh(schema, prefixed);
        assertTrue(plainAlone.stream().anyMatch(m -> m.contains("expected") && m.contains("\"text\"")), plainAlone.toString());
        assertTrue(plainAlone.stream().noneMatch(m -> m.contains("\"t:")), plainAlone.toString());
        assertTrue(prefixedAlone.stream().anyMatch(m -> m.contains("\"t:text\"")), prefixedAlone.toString());
        for (int round = 0; round < 2; round++) {
            assertEquals(plainAlone, check(schema, plain), "round " + round);
            assertEquals(prefixedAlone, check(schema, prefixed), "round " + round);
        }
    }
}
