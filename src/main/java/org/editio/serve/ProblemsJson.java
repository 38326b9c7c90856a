package org.editio.serve;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.editio.pipeline.Report;
import org.editio.problem.Problem;
import org.editio.report.ProblemReport;

/**
 * {@code /_editio/problems.json}, what the page's overlay shows: the build's number, its failure (a
 * message, or null), and its report as {@code editio build --format json} writes it, with the errors
 * first and the file names relative to the project. Stateless.
 */
final class ProblemsJson {
    private static final String VERSION = version();

    private ProblemsJson() {
    }

    static String of(Serve.Build build, String server, Path projectRoot) {
        StringBuilder b = new StringBuilder("{\"server\":").append(quote(server))
                .append(",\"build\":").append(build.number())
                .append(",\"millis\":").append(build.millis())
                .append(",\"failure\":").append(build.failure() == null ? "null" : quote(build.failure()))
                .append(",\"report\":");
        if (build.report() == null) {
            b.append("null");
        } else {
            List<Problem> problems = new ArrayList<>(build.report().problems());
            problems.sort(Comparator.comparing((Problem p) -> !p.isError()));
            Report errorsFirst = new Report(problems, build.report().documents(), build.report().published());
            StringWriter json = new StringWriter();
            ProblemReport.write(ProblemReport.Format.JSON,
                    new ProblemReport.Run("build", List.of(), errorsFirst, projectRoot, VERSION), new PrintWriter(json));
            b.append(json);
        }
        return b.append('}').toString();
    }

    /** The state the open pages are told of: the server, the build, and whether it went well. */
    static String state(Serve.Build build, String server) {
        return "{\"server\":" + quote(server) + ",\"build\":" + build.number() + ",\"ok\":" + build.ok() + "}";
    }

    /** Editio's version from the build (editio/build.properties), or {@code dev}. */
    private static String version() {
        java.util.Properties p = new java.util.Properties();
        try (java.io.InputStream in = ProblemsJson.class.getResourceAsStream("/editio/build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (java.io.IOException e) {
            return "dev";
        }
        return p.getProperty("version", "dev");
    }

    /** A JSON string, ASCII only. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
