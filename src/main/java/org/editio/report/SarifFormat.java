package org.editio.report;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.editio.problem.CodeCatalog;
import org.editio.problem.Problem;

/**
 * {@code --format sarif}: a SARIF 2.1.0 log with one run. The tool's rules are the codes this run used,
 * each with its description and its hint as help; each problem is a result with its rule, level, message
 * and, when it has a file, a physical location relative to {@code %SRCROOT%} (the working folder) with the
 * line and column when known. Stateless.
 */
final class SarifFormat {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String SRCROOT = "%SRCROOT%";

    private SarifFormat() {
    }

    static String of(ProblemReport.Run run) {
        List<String> rules = new ArrayList<>(new TreeSet<>(run.report().problems().stream().map(Problem::code).toList()));
        JsonWriter w = new JsonWriter().beginObject()
                .name("$schema").value(SCHEMA)
                .name("version").value("2.1.0")
                .name("runs").beginArray().beginObject();
        w.name("tool").beginObject().name("driver").beginObject()
                .name("name").value("Editio")
                .name("version").value(run.version())
                .name("rules").beginArray();
        for (String code : rules) {
            rule(w, code);
        }
        w.endArray().endObject().endObject();
        w.name("originalUriBaseIds").beginObject()
                .name(SRCROOT).beginObject().name("uri").value(FileNames.baseUri(run.base())).endObject()
                .endObject();
        w.name("results").beginArray();
        for (Problem p : run.report().problems()) {
            result(w, p, rules.indexOf(p.code()), run);
        }
        return w.endArray().endObject().endArray().endObject().toString();
    }

    private static void rule(JsonWriter w, String code) {
        w.beginObject().name("id").value(code);
        CodeCatalog.entry(code).ifPresent(e -> {
            w.name("shortDescription").beginObject().name("text").value(e.what()).endObject();
            e.optionalHint().ifPresent(h -> w.name("help").beginObject().name("text").value(h).endObject());
        });
        w.endObject();
    }

    private static void result(JsonWriter w, Problem p, int ruleIndex, ProblemReport.Run run) {
        w.beginObject()
                .name("ruleId").value(p.code())
                .name("ruleIndex").value(ruleIndex)
                .name("level").value(p.isError() ? "error" : "warning")
                .name("message").beginObject().name("text").value(p.message()).endObject();
        if (p.file() != null) {
            w.name("locations").beginArray().beginObject().name("physicalLocation").beginObject()
                    .name("artifactLocation").beginObject()
                    .name("uri").value(FileNames.uri(p.file(), run.base()));
            if (!FileNames.uri(p.file(), run.base()).startsWith("file:")) {
                w.name("uriBaseId").value(SRCROOT);
            }
            w.endObject();
            if (p.line() > 0) {
                w.name("region").beginObject().name("startLine").value(p.line());
                if (p.column() > 0) {
                    w.name("startColumn").value(p.column());
                }
                w.endObject();
            }
            w.endObject().endObject().endArray();
        }
        w.endObject();
    }
}
