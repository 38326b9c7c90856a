package org.editio.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The edition's volume is made while its documents' sources sum to at most the limit (that of one
 * source); a byte more and it is not. The rule itself, on real file sizes: an edition past the real limit
 * (16 MB of TEI) takes minutes to render.
 */
class VolumeLimitTest {
    @TempDir
    Path dir;

    @Test
    void theVolumeFitsUpToTheLimitOfOneSource() throws Exception {
        Document a = document("a.xml", 600);
        Document b = document("b.xml", 400);
        assertTrue(Publisher.volumeFits(List.of(a, b), 1000));
        assertFalse(Publisher.volumeFits(List.of(a, b), 999));
        assertTrue(Publisher.volumeFits(List.of(a), 999));
        assertTrue(Publisher.volumeFits(List.of(), 0));
    }

    private Document document(String name, int bytes) throws Exception {
        Path f = Files.write(dir.resolve(name), new byte[bytes]);
        return new Document(f, name, null, "", null, List.of(), false, true, false);
    }
}
