package org.editio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.editio.pipeline.Report;
import org.editio.report.ProblemReport;

/**
 * Prints a run's problems on stdout in the format of {@code --format} (nothing else goes to stdout) and
 * its summary on stderr, and gives the exit code. Stateless.
 */
final class Printer {
    /** The values of {@code --format}. */
    enum Format { text, json, sarif, junit }

    static final String FORMAT_HELP = "Problems as text (default), json, sarif (SARIF 2.1.0) or junit (JUnit XML) on stdout.";

    private Printer() {
    }

    /**
     * @param command   {@code validate} or {@code build}
     * @param documents the documents the run read
     */
    static int print(Format format, String command, List<Path> documents, Report report, PrintWriter out, PrintWriter err) {
        var run = new ProblemReport.Run(command, documents, report, Path.of("").toAbsolutePath(), VersionProvider.version());
        ProblemReport.write(ProblemReport.Format.valueOf(format.name().toUpperCase(Locale.ROOT)), run, out);
        long errors = report.problems().stream().filter(p -> p.isError()).count();
        long warnings = report.problems().size() - errors;
        boolean build = command.equals("build");
        err.println("editio: " + report.documents() + " document(s) " + (build ? "read" : "validated") + ", " + errors
                + " error(s), " + warnings + " warning(s)" + (build ? ", " + report.published() + " published" : ""));
        err.flush();
        return errors > 0 ? Editio.PROBLEMS : Editio.OK;
    }
}
