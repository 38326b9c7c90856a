package org.editio.report;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.editio.problem.CodeCatalog;
import org.editio.problem.Problem;

/**
 * {@code path:line:col: severity: message [code]}, one line per problem; below the first problem of each
 * code, an indented {@code   hint: …} line where the catalog has a hint (once per code and run, so that a
 * file with a hundred schema problems does not repeat the same advice a hundred times). Stateless.
 */
final class TextFormat {
    private TextFormat() {
    }

    static void write(ProblemReport.Run run, PrintWriter out) {
        Set<String> hinted = new HashSet<>();
        // the problems come file by file: each file's printed name is worked out once
        Path file = null;
        String name = null;
        for (Problem p : run.report().problems()) {
            if (p.file() != null && !p.file().equals(file)) {
                file = p.file();
                name = p.fileName(run.base());
            }
            out.println(p.formatAs(name));
            if (hinted.add(p.code())) {
                CodeCatalog.hint(p.code()).ifPresent(h -> out.println("  hint: " + h));
            }
        }
    }
}
