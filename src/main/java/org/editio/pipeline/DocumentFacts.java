package org.editio.pipeline;

import java.nio.file.Path;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XPathExecutable;
import net.sf.saxon.s9api.XdmNode;

/**
 * The few facts the pipeline itself needs from a TEI header (ids, sort date, PDF metadata, the edition's
 * name and version); everything a reader sees is rendered by the stylesheets. Immutable.
 */
record DocumentFacts(String id, String title, String date, String author, String subject, String keywords,
        String editionTitle, String editionVersion, String editionDate, String language, java.util.List<Part> parts) {

    /**
     * One page of a TEI file that holds several documents (a FRUS volume): one of its {@code div[@type='document']},
     * or a division of its front or back matter (the President's message, the list of papers, the index), in
     * the order of the file. Mirrors the stylesheets' {@code editio:page-parts} (common/metadata.xsl).
     *
     * @param document a document of the volume, not a division of its front or back matter
     */
    record Part(String id, String title, boolean document) {
    }

    private static final String TEI = "http://www.tei-c.org/ns/1.0";

    /**
     * The header queries, compiled once (a Publisher's): reading a document's facts then only evaluates
     * them. Thread-safe.
     */
    static final class Queries {
        private static final String[] FIELDS = {
            "string(/TEI/@xml:id)",
            // The main title as the stylesheets' editio:title chooses it (metadata.xsl): not a series title.
            "let $t := /TEI/teiHeader/fileDesc/titleStmt/title return normalize-space(($t[@type = 'main'],"
                    + " $t[not(@type)][not(@level = ('s', 'j'))], $t[not(@level = ('s', 'j'))], $t)[1])",
            "string((/TEI/teiHeader/profileDesc/correspDesc/correspAction[@type='sent']/date/(@when, @notBefore, @from),"
                    + " /TEI/teiHeader/fileDesc/sourceDesc//date/@when)[1])",
            "string-join(/TEI/teiHeader/profileDesc/correspDesc/correspAction[@type='sent']/(persName, orgName)/normalize-space(), '; ')",
            "normalize-space(string-join(/TEI/teiHeader/profileDesc/abstract//text(), ''))",
            "string-join(/TEI/teiHeader/profileDesc/textClass//term/normalize-space(), ', ')",
            "normalize-space((/TEI/teiHeader/fileDesc/editionStmt/edition/title, /TEI/teiHeader/fileDesc/editionStmt/edition)[1])",
            "string((/TEI/teiHeader/fileDesc/editionStmt/edition/@n)[1])",
            "string((/TEI/teiHeader/fileDesc/publicationStmt/date/@when)[1])",
            "string((/TEI/text/@xml:lang, /TEI/@xml:lang)[1])",
        };
        /**
         * The pages of a file that holds two or more document divs with an xml:id: those divs and the divisions of
         * its front and back matter with an xml:id that hold no document, in the file's order; for each, three
         * strings: its xml:id, its title (a line break in the head is a space, "No. 102.<lb/>Mr. Braida …", as on
         * the page; else its @type) and its @type. None otherwise.
         */
        private static final String PARTS = "let $d := /TEI/text//div[@type='document'][@xml:id] return (if (count($d) lt 2) then ()"
                + " else ($d | /TEI/text/(front | back)/div[@xml:id][not(descendant-or-self::div[@type = 'document'])]))"
                + " ! (string(@xml:id), let $h := normalize-space(string-join(head[1]//(text()[not(ancestor::note)] | lb)"
                + " ! (if (self::lb) then ' ' else string(.)), '')) return if ($h ne '') then $h else string(@type), string(@type))";
        /**
         * {@link #FIELDS}, one string each in their order, then {@link #PARTS}: a document's facts by one
         * evaluation (each evaluation of a query builds its evaluators anew: ten queries a document cost the
         * validation of the 4,420 Schnitzler letters 1.5 processor seconds or more than one; docs/benchmarks.md,
         * twenty-fourth session).
         */
        private final XPathExecutable facts;

        Queries(Processor processor) {
            XPathCompiler xp = processor.newXPathCompiler();
            xp.declareNamespace("", TEI);
            facts = compile(xp, "(" + String.join(",\n", FIELDS) + ",\n" + PARTS + ")");
        }

        private static XPathExecutable compile(XPathCompiler xp, String expr) {
            try {
                return xp.compile(expr);
            } catch (SaxonApiException e) {
                throw new IllegalStateException("bad built-in XPath " + expr, e);
            }
        }
    }

    static DocumentFacts of(Queries q, Path file, XdmNode doc) {
        String name = file.getFileName().toString();
        String base = name.endsWith(".xml") ? name.substring(0, name.length() - 4) : name;
        String[] v = strings(q, doc);
        int n = Queries.FIELDS.length;
        if (v.length < n || (v.length - n) % 3 != 0) {
            throw new IllegalStateException("the header query gave " + v.length + " strings, not " + n + " and three per part");
        }
        java.util.List<Part> parts = new java.util.ArrayList<>();
        for (int i = n; i < v.length; i += 3) {
            parts.add(new Part(safeId(v[i]), v[i + 1], "document".equals(v[i + 2])));
        }
        return new DocumentFacts(safeId(v[0].isEmpty() ? base : v[0]), v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9],
                java.util.List.copyOf(parts));
    }

    /** The strings of {@link Queries#facts} for {@code doc}, in their order. */
    private static String[] strings(Queries q, XdmNode doc) {
        try {
            var select = q.facts.load();
            select.setContextItem(doc);
            var values = select.evaluate();
            String[] v = new String[values.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = values.itemAt(i).getStringValue();
            }
            return v;
        } catch (SaxonApiException e) {
            throw new IllegalStateException("bad built-in XPath", e);
        }
    }

    private static final java.util.regex.Pattern MARK = java.util.regex.Pattern.compile("\\p{M}");
    private static final java.util.regex.Pattern UNSAFE = java.util.regex.Pattern.compile("[^A-Za-z0-9._-]");

    /** Longer ids are cut and given a hash of the whole id, so that file names stay below system limits. */
    private static final int MAX_ID = 100;

    /**
     * Ids become file names: keep them to a safe alphabet (accents dropped, anything else '_'), never
     * starting with '.' or '-' (a hidden file, or an option to the next shell command), at most 100 characters.
     */
    static String safeId(String id) {
        String s = UNSAFE.matcher(MARK.matcher(java.text.Normalizer.normalize(id, java.text.Normalizer.Form.NFD)).replaceAll(""))
                .replaceAll("_");
        s = s.startsWith(".") || s.startsWith("-") || s.isEmpty() ? "_" + s : s;
        if (s.length() > MAX_ID) {
            String hash = Integer.toHexString(id.hashCode() & 0x7fffffff);
            s = s.substring(0, MAX_ID - 10) + "-" + "0".repeat(8 - hash.length()) + hash;
        }
        return s;
    }
}
