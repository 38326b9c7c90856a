package org.editio;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests find the repository's files and the shared corpora (../shared beside the checkout). */
public final class TestFiles {
    public static final Path REPO = Path.of("").toAbsolutePath().normalize();
    public static final Path SHARED = REPO.resolveSibling("shared");
    public static final Path SAMPLE = REPO.resolve("tei/wilson-112037.xml");
    public static final Path REGISTER = REPO.resolve("tei/register.xml");
    public static final Path SOURCE_TEXT = SHARED.resolve("sources/wilson-112037.txt");
    public static final Path TEI_ALL = SHARED.resolve("corpus/tei/tei_all.rng");

    private TestFiles() {
    }

    /** Fails (never skips) when a file the test depends on is missing. */
    public static Path existing(Path p) {
        assertTrue(Files.exists(p), "missing test input " + p);
        return p;
    }
}
