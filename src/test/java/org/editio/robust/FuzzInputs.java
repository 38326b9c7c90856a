package org.editio.robust;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the transform fuzz tests share: the document around fuzzed strings, the configuration, URL schemes. */
final class FuzzInputs {
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.\\-]*):");

    private FuzzInputs() {
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
        for (String key : List.of("part", "volume-href", "volume-title", "prev-href", "prev-title", "next-href", "next-title")) {
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
