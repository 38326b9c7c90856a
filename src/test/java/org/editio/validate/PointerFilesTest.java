package org.editio.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.editio.TestFiles;
import org.editio.problem.Problem;
import org.editio.xml.Xml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files the Schematron pointer rules open are read once per run (one Validation), then kept. */
class PointerFilesTest {
    @TempDir
    Path dir;

    @Test
    void registerIsReadOncePerRun() throws Exception {
        Path register = Files.copy(TestFiles.existing(TestFiles.REGISTER), dir.resolve("register.xml"));
        Path first = Files.copy(TestFiles.existing(TestFiles.SAMPLE), dir.resolve("first.xml"));
        Path second = Files.copy(TestFiles.existing(TestFiles.SAMPLE), dir.resolve("second.xml"));
        assertTrue(Files.readString(first).contains("register.xml#"), "the sample points into the register");

        Validation run = load();
        assertEquals(List.of(), run.check(first).problems());
        Files.delete(register);
        // the same run still knows the register it read for the first document
        assertEquals(List.of(), run.check(second).problems());

        // a new run reads the files again and misses the register
        List<Problem> missing = load().check(second).problems();
        assertTrue(!missing.isEmpty() && missing.stream().allMatch(p -> p.code().equals("pointer-file-missing")),
                missing.toString());
    }

    @Test
    void missingFileIsReportedForEveryDocument() throws Exception {
        Path first = Files.copy(TestFiles.existing(TestFiles.SAMPLE), dir.resolve("first.xml"));
        Path second = Files.copy(TestFiles.existing(TestFiles.SAMPLE), dir.resolve("second.xml"));
        Validation run = load();
        List<Problem> a = run.check(first).problems();
        List<Problem> b = run.check(second).problems();
        assertTrue(!a.isEmpty() && a.stream().allMatch(p -> p.code().equals("pointer-file-missing")), a.toString());
        assertEquals(a.stream().map(p -> p.line() + ":" + p.column() + " " + p.message()).toList(),
                b.stream().map(p -> p.line() + ":" + p.column() + " " + p.message()).toList());
    }

    private static Validation load() throws Exception {
        URL rng = TestFiles.existing(TestFiles.REPO.resolve("schemas/editio.rng")).toUri().toURL();
        URL sch = TestFiles.existing(TestFiles.REPO.resolve("schemas/editio.sch")).toUri().toURL();
        return Validation.load(Xml.create(), rng, sch);
    }
}
