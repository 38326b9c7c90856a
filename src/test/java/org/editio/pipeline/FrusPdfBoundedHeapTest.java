package org.editio.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.editio.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole FRUS volume (1894, Nicaragua: 138 documents) becomes a PDF of hundreds of pages in a JVM limited
 * to a 1 GiB heap, as a user would run it: the CLI in its own process, with --lenient.
 */
class FrusPdfBoundedHeapTest {
    @Test
    void rendersAFrusVolumeInOneGigabyteOfHeap(@TempDir Path dir) throws Exception {
        Path volume = TestFiles.existing(TestFiles.SHARED.resolve("corpus/frus/frus1894Nicaragua.xml"));
        Path tei = Files.createDirectories(dir.resolve("project/tei"));
        Files.copy(volume, tei.resolve(volume.getFileName()));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(java.toString(), "-Xmx1g", "-XX:+UseParallelGC",
                "-cp", System.getProperty("java.class.path"), "org.editio.cli.Editio",
                "build", dir.resolve("project").toString(), "--lenient", "--only", "pdf"))
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        assertTrue(p.waitFor(8, TimeUnit.MINUTES), "the build did not finish in 8 minutes");
        String log = Files.readString(dir.resolve("log.txt"), StandardCharsets.UTF_8);
        assertFalse(log.contains("OutOfMemoryError"), "ran out of memory");
        assertEquals(0, p.exitValue(), log.lines().filter(l -> l.contains(": error:") || l.startsWith("editio:")).toList().toString());
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("project/output/pdf/frus1894Nicaragua.pdf").toFile())) {
            assertTrue(pdf.getNumberOfPages() > 200, "only " + pdf.getNumberOfPages() + " pages");
        }
    }
}
