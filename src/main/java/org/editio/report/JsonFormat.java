package org.editio.report;

import org.editio.problem.CodeCatalog;
import org.editio.problem.Problem;

/**
 * {@code --format json}: one object with the tool, the command, the summary counts and the problems
 * (file relative to the working folder or null for the whole run, line and column or null when unknown,
 * severity, code, message, and hint where the catalog has one). Stateless.
 */
final class JsonFormat {
    private JsonFormat() {
    }

    static String of(ProblemReport.Run run) {
        JsonWriter w = new JsonWriter().beginObject();
        w.name("tool").value("editio").name("version").value(run.version()).name("command").value(run.command());
        w.name("summary").beginObject()
                .name("documents").value(run.report().documents())
                .name("errors").value(run.errors())
                .name("warnings").value(run.warnings());
        if ("build".equals(run.command())) {
            w.name("published").value(run.report().published());
        }
        w.endObject();
        w.name("problems").beginArray();
        for (Problem p : run.report().problems()) {
            w.beginObject()
                    .name("file").value(FileNames.name(p.file(), run.base()));
            position(w, "line", p.line());
            position(w, "column", p.column());
            w.name("severity").value(p.severity().label())
                    .name("code").value(p.code())
                    .name("message").value(p.message());
            CodeCatalog.hint(p.code()).ifPresent(h -> w.name("hint").value(h));
            w.endObject();
        }
        return w.endArray().endObject().toString();
    }

    private static void position(JsonWriter w, String name, int n) {
        w.name(name);
        if (n > 0) {
            w.value(n);
        } else {
            w.nullValue();
        }
    }
}
