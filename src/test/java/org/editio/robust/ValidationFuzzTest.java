package org.editio.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.editio.TestFiles;
import org.editio.problem.Codes;
import org.editio.problem.Problem;
import org.editio.validate.Validation;
import org.editio.xml.Xml;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the secure reader and the validation (RelaxNG and Schematron on one parse) with any bytes as a TEI
 * file beside the register: whatever the bytes, the outcome is problems, never an exception, and a file
 * that cannot be read gets exactly one located error with a reader's code. In {@code mvn test} this runs the
 * committed inputs in ValidationFuzzTestInputs/ (regression mode); {@code JAZZER_FUZZ=1} fuzzes (README).
 */
class ValidationFuzzTest {
    /** The codes of a file that could not be read as a TEI document. */
    static final Set<String> UNREADABLE = Set.of(Codes.XML_MALFORMED, Codes.XML_ENCODING, Codes.XML_DOCTYPE,
            Codes.XML_ENTITY, Codes.XML_LIMIT, Codes.NOT_TEI, Codes.IO, Codes.DOCUMENT_TOO_LARGE);

    private static Validation validation;
    private static Path dir;
    private static Path file;

    @BeforeAll
    static void load() throws IOException {
        validation = Validation.load(Xml.create(), TestFiles.REPO.resolve("schemas/editio.rng").toUri().toURL(),
                TestFiles.REPO.resolve("schemas/editio.sch").toUri().toURL());
        dir = Files.createTempDirectory("editio-fuzz-validation");
        Files.copy(TestFiles.REGISTER, dir.resolve("register.xml"));
        file = dir.resolve("fuzzed.xml");
    }

    @AfterAll
    static void clean() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir.resolve("register.xml"));
        Files.deleteIfExists(dir);
    }

    @FuzzTest
    @Timeout(60) // a hang is a finding
    void anyBytesBecomeProblemsNeverExceptions(byte[] bytes) throws IOException {
        Files.write(file, bytes);
        Validation.Result r = validation.check(file);
        for (Problem p : r.problems()) {
            assertFalse(p.code() == null || p.code().isBlank(), "a problem without a code: " + p);
            assertEquals(file, p.file(), p.toString());
            assertTrue(p.line() >= 0 && p.column() >= 0, p.toString());
            assertTrue(p.message() != null && p.message().length() < 1000, "unreadable message: " + p);
        }
        if (!r.readable()) {
            assertEquals(1, r.problems().size(), r.problems().toString());
            Problem p = r.problems().get(0);
            assertTrue(p.isError() && UNREADABLE.contains(p.code()), p.toString());
        }
    }
}
