package org.editio.report;

import java.io.PrintWriter;
import org.editio.problem.CodeCatalog;
import org.editio.problem.Problem;

/**
 * {@code path:line:col: severity: message [code]}, one line per problem, followed by an indented
 * {@code   hint: …} line where the catalog has a hint. Stateless.
 */
final class TextFormat {
    private TextFormat() {
    }

    static void write(ProblemReport.Run run, PrintWriter out) {
        for (Problem p : run.report().problems()) {
            out.println(p.format(run.base()));
            CodeCatalog.hint(p.code()).ifPresent(h -> out.println("  hint: " + h));
        }
    }
}
