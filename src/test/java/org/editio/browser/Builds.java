package org.editio.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.editio.TestFiles;
import org.editio.pipeline.Options;
import org.editio.pipeline.Publisher;
import org.editio.pipeline.Report;
import org.editio.pipeline.SampleBuild;
import org.editio.project.Project;

/** The sites the browser and corpus tests read, each built once per test JVM into a temporary folder. */
final class Builds {
    static final Path SITE_CASES = TestFiles.REPO.resolve("src/test/resources/site-cases");
    static final Path BROWSER_CASES = TestFiles.REPO.resolve("src/test/resources/browser-cases");
    /** HTML only, every well-formed TEI document published (the command line's --lenient --only html). */
    static final Options LENIENT_HTML = new Options(true, true, false);

    /** A built project: its site folder and the build's report. */
    record Built(Path site, Report report) {
    }

    private static Built features;
    private static Built volume;

    private Builds() {
    }

    /** The repository's sample edition (shared with the pipeline tests). */
    static Path sample() {
        return SampleBuild.output().resolve("site");
    }

    /**
     * The document page's feature test document (site-cases/features.xml: choice, del/add, app, notes with
     * @n, margin notes) with its register.
     */
    static synchronized Built features() {
        if (features == null) {
            Path doc = SITE_CASES.resolve("features.xml");
            assertTrue(Files.isRegularFile(doc), "missing " + doc + " (the document-page feature test document)");
            features = project(List.of(doc, SITE_CASES.resolve("register.xml")), LENIENT_HTML);
        }
        return features;
    }

    /** The FRUS excerpt on Guatemala (../shared/corpus/frus): a volume of 8 documents with front matter. */
    static synchronized Built volume() {
        if (volume == null) {
            volume = project(List.of(TestFiles.SHARED.resolve("corpus/frus/frus1952-54Guat-excerpt.xml")), LENIENT_HTML);
        }
        return volume;
    }

    /** Copies {@code sources} into tei/ of a new temporary project and builds it with {@code options}. */
    static Built project(List<Path> sources, Options options) {
        try {
            Path dir = Files.createTempDirectory("editio-case");
            Path tei = Files.createDirectories(dir.resolve("project/tei"));
            for (Path source : sources) {
                Files.copy(TestFiles.existing(source), tei.resolve(source.getFileName().toString()));
            }
            Path out = dir.resolve("out");
            Report report = new Publisher().build(Project.at(dir.resolve("project"), out, null), options);
            return new Built(out.resolve("site"), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
