package org.editio.report;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.editio.pipeline.Report;

/**
 * Writes the problems of a run for people ({@link Format#TEXT}) or for CI systems: {@link Format#JSON},
 * SARIF 2.1.0 ({@link Format#SARIF}) and JUnit XML ({@link Format#JUNIT}). Each problem carries its hint
 * from {@link org.editio.problem.CodeCatalog} where there is one. The machine formats are plain ASCII
 * (everything else escaped), so they survive any console encoding. Stateless and thread-safe.
 */
public final class ProblemReport {
    /** The output formats of {@code --format}. */
    public enum Format { TEXT, JSON, SARIF, JUNIT }

    /**
     * What was run and what came of it.
     *
     * @param command   the command that ran ({@code validate} or {@code build})
     * @param documents the documents it read (the JUnit test cases)
     * @param report    its problems and counts
     * @param base      the folder file names are shown relative to (the working folder)
     * @param version   Editio's version
     */
    public record Run(String command, List<Path> documents, Report report, Path base, String version) {
        long errors() {
            return report.problems().stream().filter(p -> p.isError()).count();
        }

        long warnings() {
            return report.problems().size() - errors();
        }
    }

    private ProblemReport() {
    }

    /** Writes the run's problems to {@code out} in {@code format}, and flushes it. */
    public static void write(Format format, Run run, PrintWriter out) {
        switch (format) {
            case TEXT -> TextFormat.write(run, out);
            case JSON -> out.print(JsonFormat.of(run));
            case SARIF -> out.print(SarifFormat.of(run));
            case JUNIT -> out.print(JunitFormat.of(run));
        }
        out.flush();
    }
}
