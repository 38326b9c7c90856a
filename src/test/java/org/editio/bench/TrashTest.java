package org.editio.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's output is put aside, whole, in the benchmark's trash, and deleted only when the trash is emptied. */
class TrashTest {
    @Test
    void putsAsideThenDeletes(@TempDir Path root) throws Exception {
        Path out = root.resolve("bench-2/out-html");
        Files.createDirectories(out.resolve("site"));
        Files.writeString(out.resolve("site/a.html"), "first run");
        Trash trash = new Trash(root);

        Path fresh = trash.fresh(out);
        assertEquals(out, fresh);
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(0, s.count(), "the folder is empty for the next run");
        }
        Files.createDirectories(out.resolve("site"));
        Files.writeString(out.resolve("site/a.html"), "second run");
        trash.fresh(out);
        assertEquals("first run", Files.readString(root.resolve(".trash/0/site/a.html")), "the first run's output, whole");
        assertEquals("second run", Files.readString(root.resolve(".trash/1/site/a.html")));
        trash.discard(root.resolve("bench-2/none"));

        trash.empty();
        assertTrue(Files.notExists(root.resolve(Trash.NAME)));
        assertTrue(Files.isDirectory(out), "the folder in use stays");
        trash.empty();
    }

    @Test
    void refusesWhatIsNotTheBenchmarksOwn(@TempDir Path root) throws Exception {
        Path outside = Files.createDirectories(root.resolve("elsewhere"));
        Trash trash = new Trash(root.resolve("bench"));
        assertThrows(IllegalArgumentException.class, () -> trash.discard(outside));
        assertThrows(IllegalArgumentException.class, () -> trash.discard(root.resolve("bench")));
        assertTrue(Files.isDirectory(outside));
    }
}
