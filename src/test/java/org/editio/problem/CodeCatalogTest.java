package org.editio.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import org.editio.TestFiles;
import org.editio.xml.Xml;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/**
 * The code catalog covers every code Editio can print, from its three sources (Java, Schematron,
 * stylesheets), and nothing else.
 */
class CodeCatalogTest {
    private final Xml xml = Xml.create();

    @Test
    void everyCodeInCodesHasAnEntry() throws IllegalAccessException {
        Set<String> codes = codesConstants();
        assertTrue(codes.size() >= 15, "found only " + codes);
        assertCovered("Codes", codes);
    }

    @Test
    void everySchematronRuleIdHasAnEntry() throws Exception {
        Set<String> ids = select(TestFiles.REPO.resolve("schemas/editio.sch"),
                "//(sch:assert | sch:report)/@id/string()");
        assertTrue(ids.contains("pointer-unresolved") && ids.size() >= 11, "found only " + ids);
        assertCovered("schemas/editio.sch", ids);
    }

    @Test
    void everyCodeTheStylesheetsRaiseHasAnEntry() throws Exception {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> s = Files.walk(TestFiles.REPO.resolve("xslt"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".xsl")).toList()) {
                codes.addAll(select(f, "//editio:problem/@code/string()"));
            }
        }
        assertTrue(codes.contains("unhandled-element"), "found only " + codes);
        assertCovered("xslt/", codes);
    }

    /** Codes written as string literals where problems are made (not through Codes) are covered too. */
    @Test
    void everyLiteralCodeInTheJavaSourcesHasAnEntry() throws IOException {
        Pattern made = Pattern.compile("(?:Problem\\.(?:error|warning)\\(|new Problem\\(\\w+, |new RefusedInput\\()\"([a-z][a-z-]*)\"");
        Pattern fallback = Pattern.compile("(?:code|id) == null \\? \"([a-z][a-z-]*)\"");
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> s = Files.walk(TestFiles.REPO.resolve("src/main/java"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".java")).toList()) {
                String java = Files.readString(f);
                for (Pattern p : new Pattern[] {made, fallback}) {
                    Matcher m = p.matcher(java);
                    while (m.find()) {
                        codes.add(m.group(1));
                    }
                }
            }
        }
        assertTrue(codes.containsAll(Set.of("stylesheet-message", "schematron", "stylesheet")), "found only " + codes);
        assertCovered("src/main/java", codes);
    }

    @Test
    void theCatalogHoldsNoCodeThatNothingRaises() throws Exception {
        Set<String> known = new TreeSet<>(codesConstants());
        known.addAll(select(TestFiles.REPO.resolve("schemas/editio.sch"), "//(sch:assert | sch:report)/@id/string()"));
        Set<String> stale = new TreeSet<>(CodeCatalog.entries().keySet());
        stale.removeAll(known);
        assertEquals(Set.of(), stale, "catalog entries that are neither in Codes nor in editio.sch");
    }

    @Test
    void entriesSayWhatAndHints() {
        CodeCatalog.Entry rng = CodeCatalog.entry(Codes.RNG).orElseThrow();
        assertTrue(rng.what().contains("RelaxNG"), rng.what());
        assertTrue(CodeCatalog.hint("margin-note-target").orElseThrow().contains("target=\"#"), "hint with its example");
        assertFalse(CodeCatalog.hint("no-such-code").isPresent());
        for (CodeCatalog.Entry e : CodeCatalog.entries().values()) {
            assertFalse(e.what().isBlank(), e.code());
            assertFalse(e.what().contains("\\"), "a stray escape in " + e.code());
        }
    }

    private static void assertCovered(String source, Set<String> codes) {
        Set<String> missing = new TreeSet<>(codes);
        missing.removeAll(CodeCatalog.entries().keySet());
        assertEquals(Set.of(), missing, "codes of " + source + " without an entry in org/editio/problem/codes.properties");
    }

    private static Set<String> codesConstants() throws IllegalAccessException {
        Set<String> codes = new TreeSet<>();
        for (Field f : Codes.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                codes.add((String) f.get(null));
            }
        }
        return codes;
    }

    private Set<String> select(Path file, String xpath) throws IOException, SAXException, SaxonApiException {
        XdmNode doc = xml.parse(file);
        XPathCompiler c = xml.processor().newXPathCompiler();
        c.declareNamespace("sch", "http://purl.oclc.org/dsdl/schematron");
        c.declareNamespace("editio", "urn:editio");
        Set<String> values = new TreeSet<>();
        for (XdmItem i : c.evaluate(xpath, doc)) {
            values.add(i.getStringValue());
        }
        return values;
    }
}
