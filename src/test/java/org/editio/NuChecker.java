package org.editio;

import java.io.IOException;
import java.nio.file.Path;
import nu.validator.client.EmbeddedValidator;
import org.jsoup.Jsoup;

/** The Nu HTML Checker on a page written to disk: what it reports beyond what a page read from disk must get. */
public final class NuChecker {
    private NuChecker() {
    }

    /**
     * The checker's errors and warnings for {@code file}, one per line ("" when none), less two that come from
     * reading the page from disk: with no origin, its CSP evaluator cannot match 'self' and warns about the
     * site's own (relative) assets; and it applies script-src to JSON-LD data blocks, which browsers never run
     * (left out only when every script of the page is such a block or an external file). The checker's last
     * line must say it found no error.
     */
    public static String problems(Path file) throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.TEXT);
        validator.setLoadEntities(false);
        String report = validator.validate(file).strip();
        boolean dataScriptsOnly = onlyDataScripts(file);
        String last = report.lines().reduce((a, b) -> b).orElse("");
        return report.lines().filter(l -> l.matches("^(Error|Warning|Fatal Error|Info Warning).*"))
                .filter(l -> !l.matches("Warning: Resource violates Content Security Policy \\(meta tag\\): external \\w+ “(\\.\\./)?assets/[^”]+” blocked by “\\w+-src” directive\\."))
                .filter(l -> !(l.startsWith("Warning: Inline script violates Content Security Policy") && dataScriptsOnly))
                .reduce("", (a, b) -> a + b + "\n")
                + (last.equals("Document checking completed. No errors found.") ? "" : "last line: " + last + "\n");
    }

    /** Every script element of the page is a JSON-LD data block (type application/ld+json) or an external file. */
    private static boolean onlyDataScripts(Path file) throws IOException {
        var scripts = Jsoup.parse(file.toFile(), "UTF-8").select("script");
        return !scripts.isEmpty() && scripts.stream().allMatch(e -> e.attr("type").equals("application/ld+json") || e.hasAttr("src"));
    }
}
