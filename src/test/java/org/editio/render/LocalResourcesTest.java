package org.editio.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.xmlgraphics.io.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What FOP may read: bundled fonts (kept in memory after the first read), project files, nothing else. */
class LocalResourcesTest {
    private static final String FONT = "liberation/LiberationSerif-Regular.ttf";

    @Test
    void bundledFontIsServedWithTheBytesOfTheClassPathResourceEveryTime(@TempDir Path project) throws Exception {
        byte[] expected;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(FONT)) {
            expected = in.readAllBytes();
        }
        assertTrue(expected.length > 100_000, "the bundled font is on the class path");
        LocalResources resources = new LocalResources(project);
        for (int i = 0; i < 3; i++) {
            try (Resource r = resources.getResource(URI.create("classpath:" + FONT))) {
                assertArrayEquals(expected, r.readAllBytes(), "read " + (i + 1));
            }
        }
    }

    @Test
    void missingClassPathResourceAndFilesOutsideTheProjectAreRefused(@TempDir Path dir) throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        Path image = Files.writeString(project.resolve("image.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
        Path outside = Files.writeString(dir.resolve("secret.txt"), "no");
        LocalResources resources = new LocalResources(project);
        try (Resource r = resources.getResource(image.toUri())) {
            assertArrayEquals(Files.readAllBytes(image), r.readAllBytes());
        }
        IOException missing = assertThrows(IOException.class, () -> resources.getResource(URI.create("classpath:no/such.ttf")));
        assertTrue(missing.getMessage().contains("not on the class path: no/such.ttf"), missing.getMessage());
        IOException refused = assertThrows(IOException.class, () -> resources.getResource(outside.toUri()));
        assertTrue(refused.getMessage().contains("refused"), refused.getMessage());
        assertThrows(IOException.class, () -> resources.getResource(URI.create("https://example.org/font.ttf")));
    }
}
