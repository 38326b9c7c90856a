package org.editio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.editio.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's contract: output lines and exit codes 0, 1 and 2. */
class CliTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Editio.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void validSampleExitsZeroAndPrintsNoProblem() {
        assertEquals(0, run("validate", TestFiles.REPO.resolve("tei").toString()), err.toString());
        assertEquals("", out.toString());
        assertTrue(err.toString().contains("2 document(s) validated, 0 error(s)"), err.toString());
    }

    @Test
    void problemsExitOneWithLocatedLines() throws IOException {
        Path bad = dir.resolve("bad.xml");
        Files.writeString(bad, Files.readString(TestFiles.SAMPLE).replace("<salute>", "<salute foo=\"x\">"));
        Files.copy(TestFiles.REGISTER, dir.resolve("register.xml"));
        assertEquals(1, run("validate", bad.toString()));
        String line = out.toString().lines().findFirst().orElse("");
        assertTrue(line.matches(".*bad\\.xml:\\d+:\\d+: error: .*foo.*\\[rng\\]"), line);
    }

    @Test
    void lenientTurnsSchemaProblemsIntoWarnings() throws IOException {
        Path bad = dir.resolve("bad.xml");
        Files.writeString(bad, Files.readString(TestFiles.SAMPLE).replace("<salute>", "<salute foo=\"x\">"));
        Files.copy(TestFiles.REGISTER, dir.resolve("register.xml"));
        assertEquals(0, run("validate", "--lenient", bad.toString()));
        assertTrue(out.toString().contains(": warning: "), out.toString());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run());
        assertEquals(2, run("build", "--no-such-option"));
        assertEquals(2, run("validate", dir.resolve("missing.xml").toString()));
        assertEquals(2, run("build", dir.resolve("no-project").toString()));
        assertTrue(err.toString().contains("editio:"), err.toString());
    }

    @Test
    void missingSchemaIsASetupErrorWithoutStackTrace() {
        assertEquals(2, run("validate", "--schema", dir.resolve("nope.rng").toString(), TestFiles.SAMPLE.toString()));
        assertFalse(err.toString().contains("\tat "), err.toString());
        assertTrue(err.toString().contains("nope.rng"), err.toString());
    }

    @Test
    void buildPublishesValidDocumentsAndReportsInvalidOnes() throws IOException {
        Path project = dir.resolve("project");
        Files.createDirectories(project.resolve("tei"));
        Files.copy(TestFiles.SAMPLE, project.resolve("tei/wilson-112037.xml"));
        Files.copy(TestFiles.REGISTER, project.resolve("tei/register.xml"));
        Files.writeString(project.resolve("tei/broken.xml"), Files.readString(TestFiles.SAMPLE)
                .replace("xml:id=\"wilson-112037\"", "xml:id=\"broken\"").replace("<salute>", "<salute foo=\"x\">"));
        Path outDir = dir.resolve("out");
        assertEquals(1, run("build", project.toString(), "--out", outDir.toString(), "--only", "html"));
        assertTrue(Files.isRegularFile(outDir.resolve("site/wilson-112037.html")));
        assertTrue(Files.isRegularFile(outDir.resolve("site/index.html")));
        assertFalse(Files.exists(outDir.resolve("site/broken.html")), "an invalid document was published");
        assertTrue(out.toString().contains("broken.xml:"), out.toString());
        assertFalse(Files.exists(outDir.resolve(".editio-staging")), "staging folder left behind");
    }

    @Test
    void outputFolderMayNotHoldTheSources() {
        assertEquals(2, run("build", TestFiles.REPO.toString(), "--out", TestFiles.REPO.toString()));
        assertTrue(err.toString().contains("refusing the output folder"), err.toString());
    }
}
