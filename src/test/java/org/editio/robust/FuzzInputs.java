package org.editio.robust;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.saxon.s9api.XdmNode;
import org.editio.TestFiles;
import org.editio.transform.Stylesheets;
import org.editio.validate.Validation;
import org.editio.xml.Xml;

/** What the transform fuzz tests share: the document around fuzzed strings, the configuration, URL schemes. */
final class FuzzInputs {
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.\\-]*):");

    private FuzzInputs() {
    }

    /** The compiled schemas and stylesheets, the register, and the file each input is written to. */
    record Fixture(Validation validation, Stylesheets sheets, XdmNode register, Path dir, Path file) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir.resolve("register.xml"));
            Files.deleteIfExists(dir);
        }
    }

    /** Compiles the edition's schemas and stylesheets, and copies the register into a new temporary folder. */
    static Fixture fixture(String prefix) throws Exception {
        Xml xml = Xml.create();
        Validation validation = Validation.load(xml, TestFiles.REPO.resolve("schemas/editio.rng").toUri().toURL(),
                TestFiles.REPO.resolve("schemas/editio.sch").toUri().toURL());
        Stylesheets sheets = Stylesheets.compile(xml, name -> {
            try {
                return TestFiles.REPO.resolve("xslt").resolve(name).toUri().toURL();
            } catch (java.net.MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        });
        Path dir = Files.createTempDirectory(prefix);
        Files.copy(TestFiles.REGISTER, dir.resolve("register.xml"));
        return new Fixture(validation, sheets, xml.parse(dir.resolve("register.xml")), dir, dir.resolve("fuzzed.xml"));
    }

    /**
     * A well-formed TEI document with {@code pointer} as @target of ref and ptr, @ref of persName and @facs
     * of pb, and {@code text} as its title and a paragraph's text (so that every input reaches the stylesheets).
     */
    static String document(String pointer, String text) {
        String p = attribute(pointer);
        return "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:id=\"fuzzed\" xml:lang=\"en\"><teiHeader><fileDesc>"
                + "<titleStmt><title type=\"main\">" + text(text) + "</title></titleStmt>"
                + "<publicationStmt><publisher>Editio</publisher></publicationStmt><sourceDesc><p>Fuzzed.</p></sourceDesc>"
                + "</fileDesc></teiHeader><text><body><div type=\"letter\"><p><ref target=\"" + p + "\">a link</ref>, "
                + "<ptr target=\"" + p + "\"/>, <persName ref=\"" + p + "\">a name</persName>, <pb n=\"2\" facs=\"" + p
                + "\"/>" + text(text) + "</p></div></body></text></TEI>";
    }

    /** {@code s} as XML attribute content: characters XML cannot hold dropped, markup escaped. */
    static String attribute(String s) {
        return text(s).replace("\"", "&quot;").replace("\t", "&#9;").replace("\n", "&#10;").replace("\r", "&#13;");
    }

    static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        s.codePoints().filter(c -> c == 9 || c == 10 || c == 13 || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF).forEach(b::appendCodePoint);
        return b.toString().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The configuration the pipeline gives a document page (docs/xslt-contract.md). */
    static Map<String, String> config() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("edition-title", "Fuzzed edition");
        c.put("edition-version", "1");
        c.put("edition-date", "");
        c.put("site-url", "");
        c.put("register-href", "register.html");
        c.put("index-href", "index.html");
        c.put("search-href", "search.html");
        c.put("assets-href", "assets/");
        c.put("page-size", "A4");
        c.put("id", "fuzzed");
        c.put("page-href", "fuzzed.html");
        c.put("pdf-href", "pdf/fuzzed.pdf");
        c.put("tei-href", "tei/fuzzed.xml");
        c.put("is-register", "false");
        for (String key : List.of("part", "volume-href", "volume-title", "prev-href", "prev-title", "prev-kind", "next-href", "next-title", "next-kind")) {
            c.put(key, "");
        }
        return c;
    }

    /** The scheme a browser sees: controls and spaces at the ends and tabs/newlines inside are dropped. */
    static String scheme(String value) {
        String v = value.replaceAll("^[\\u0000-\\u0020]+|[\\u0000-\\u0020]+$", "").replaceAll("[\\t\\n\\r]", "")
                .toLowerCase(Locale.ROOT);
        Matcher m = SCHEME.matcher(v);
        return m.find() ? m.group(1) : "";
    }
}
