package org.editio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.editio.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code editio new}: prints the path it created, exit 0; refuses with a message and exit 2. */
class NewCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Editio.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @BeforeEach
    void project() throws IOException {
        Files.createDirectories(dir.resolve("tei"));
        Files.copy(TestFiles.REGISTER, dir.resolve("tei/register.xml"));
    }

    @Test
    void createsTheDocumentPrintsItsPathAndItValidates() throws IOException {
        assertEquals(0, run("new", "--project", dir.toString(), "--type", "letter", "letter-1"), err.toString());
        Path created = dir.resolve("tei/letter-1.xml");
        assertEquals(created.toString(), out.toString().strip());
        assertTrue(Files.readString(created).contains("<change when=\"" + LocalDate.now() + "\">"));
        out.getBuffer().setLength(0);
        assertEquals(0, run("validate", created.toString()), out.toString());
        assertTrue(err.toString().contains("1 document(s) validated, 0 error(s)"), err.toString());
        assertTrue(out.toString().contains("[placeholder]"), out.toString());
    }

    @Test
    void listsTheTypes() {
        assertEquals(0, run("new", "-p", dir.toString(), "--list-types"));
        assertEquals("letter\ntelegram\n", out.toString().replace("\r", ""));
    }

    @Test
    void refusalsExitTwoWithAMessageAndWriteNothing() throws IOException {
        assertEquals(0, run("new", "-p", dir.toString(), "t1"));
        String first = Files.readString(dir.resolve("tei/t1.xml"));
        assertEquals(2, run("new", "-p", dir.toString(), "--type", "letter", "t1"));
        assertTrue(err.toString().contains("exists already"), err.toString());
        assertEquals(first, Files.readString(dir.resolve("tei/t1.xml")));
        assertEquals(2, run("new", "-p", dir.toString(), "../outside"));
        assertTrue(err.toString().contains("plain file name"), err.toString());
        assertFalse(Files.exists(dir.resolve("outside.xml")));
        assertEquals(2, run("new", "-p", dir.toString(), "--type", "nonesuch", "t2"));
        assertTrue(err.toString().contains("no template for the type \"nonesuch\""), err.toString());
        assertEquals(2, run("new", "-p", dir.toString()));
        assertTrue(err.toString().contains("NAME is required"), err.toString());
        assertEquals(2, run("new", "-p", dir.resolve("missing").toString(), "t3"));
        assertFalse(err.toString().contains("\tat "), err.toString());
        try (var s = Files.list(dir.resolve("tei"))) {
            assertEquals(2, s.count(), "only register.xml and t1.xml");
        }
    }
}
