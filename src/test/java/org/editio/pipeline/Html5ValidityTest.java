package org.editio.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every page of the sample site is valid HTML5 by the Nu HTML Checker (run offline, in process). */
class Html5ValidityTest {
    static Stream<String> pages() {
        return Stream.of("index.html", "wilson-112037.html", "register.html", "register/stalin.html", "search.html", "guidelines.html", "404.html");
    }

    @ParameterizedTest
    @MethodSource("pages")
    void isValidHtml5(String page) throws Exception {
        Path file = SampleBuild.output().resolve("site").resolve(page);
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.TEXT);
        validator.setLoadEntities(false);
        String report = validator.validate(file).strip();
        boolean dataScriptsOnly = onlyDataScripts(file);
        // Read from the disk, a page has no origin, so the checker's CSP evaluator cannot match 'self'
        // and warns about the site's own (relative) assets; served over HTTP they are 'self'.
        assertEquals("", report.lines().filter(l -> l.matches("^(Error|Warning|Fatal Error|Info Warning).*"))
                .filter(l -> !l.matches("Warning: Resource violates Content Security Policy \\(meta tag\\): external \\w+ “(\\.\\./)?assets/[^”]+” blocked by “\\w+-src” directive\\."))
                // The checker applies script-src to the JSON-LD data block, which browsers never execute.
                .filter(l -> !(l.startsWith("Warning: Inline script violates Content Security Policy") && dataScriptsOnly))
                .reduce("", (a, b) -> a + b + "\n"), report);
        assertEquals("Document checking completed. No errors found.", report.lines().reduce((a, b) -> b).orElse(""));
    }

    /** Every script element of the page is a JSON-LD data block (type application/ld+json). */
    private static boolean onlyDataScripts(Path file) throws java.io.IOException {
        var scripts = org.jsoup.Jsoup.parse(file.toFile(), "UTF-8").select("script");
        return !scripts.isEmpty() && scripts.stream().allMatch(e -> e.attr("type").equals("application/ld+json") || e.hasAttr("src"));
    }
}
