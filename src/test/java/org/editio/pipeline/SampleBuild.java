package org.editio.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.editio.TestFiles;
import org.editio.project.Project;

/** Builds the repository's sample edition once per test run into a temporary folder. */
final class SampleBuild {
    private static Path out;
    private static Report report;

    private SampleBuild() {
    }

    static synchronized Path output() {
        if (out == null) {
            try {
                out = Files.createTempDirectory("editio-sample");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            report = new Publisher().build(Project.at(TestFiles.REPO, out, null), Options.all(false));
        }
        return out;
    }

    static synchronized Report report() {
        output();
        return report;
    }
}
