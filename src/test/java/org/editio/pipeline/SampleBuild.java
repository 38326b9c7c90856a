package org.editio.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.editio.TestFiles;
import org.editio.project.Project;

/** Builds the repository's sample edition once per test run into a temporary folder. */
public final class SampleBuild {
    private static Path out;
    private static Report report;

    private SampleBuild() {
    }

    public static synchronized Path output() {
        if (out == null) {
            Path dir;
            try {
                dir = Files.createTempDirectory("editio-sample");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // out is set only once the build returned: a build that threw is tried (and reported) again
            report = new Publisher().build(Project.at(TestFiles.REPO, dir, null), Options.all(false));
            out = dir;
        }
        return out;
    }

    public static synchronized Report report() {
        output();
        return report;
    }
}
