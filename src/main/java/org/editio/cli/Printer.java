package org.editio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.editio.pipeline.Report;
import org.editio.problem.Problem;

/** Prints a report as {@code path:line:col: severity: message [code]} lines and a summary on stderr. */
final class Printer {
    private Printer() {
    }

    static int print(Report report, PrintWriter out, PrintWriter err, String what) {
        Path cwd = Path.of("").toAbsolutePath();
        long errors = 0;
        long warnings = 0;
        for (Problem p : report.problems()) {
            out.println(p.format(cwd));
            if (p.isError()) {
                errors++;
            } else {
                warnings++;
            }
        }
        err.println("editio: " + report.documents() + " document(s) " + what + ", " + errors + " error(s), "
                + warnings + " warning(s)" + (what.equals("read") ? ", " + report.published() + " published" : ""));
        out.flush();
        err.flush();
        return errors > 0 ? Editio.PROBLEMS : Editio.OK;
    }
}
