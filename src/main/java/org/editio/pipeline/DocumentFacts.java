package org.editio.pipeline;

import java.nio.file.Path;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmNode;

/**
 * The few facts the pipeline itself needs from a TEI header (ids, sort date, PDF metadata, the edition's
 * name and version); everything a reader sees is rendered by the stylesheets. Immutable.
 */
record DocumentFacts(String id, String title, String date, String author, String subject, String keywords,
        String editionTitle, String editionVersion, String editionDate, String language, java.util.List<Part> parts) {

    /** One of several documents in one TEI file (a FRUS volume's {@code div[@type='document']}). */
    record Part(String id, String title) {
    }

    private static final String TEI = "http://www.tei-c.org/ns/1.0";

    static DocumentFacts of(Processor processor, Path file, XdmNode doc) {
        XPathCompiler xp = processor.newXPathCompiler();
        xp.declareNamespace("", TEI);
        String base = file.getFileName().toString().replaceFirst("\\.xml$", "");
        String id = eval(xp, doc, "string(/TEI/@xml:id)");
        return new DocumentFacts(
                safeId(id.isEmpty() ? base : id),
                eval(xp, doc, "normalize-space((/TEI/teiHeader/fileDesc/titleStmt/title)[1])"),
                eval(xp, doc, "string((/TEI/teiHeader/profileDesc/correspDesc/correspAction[@type='sent']/date/(@when, @notBefore, @from),"
                        + " /TEI/teiHeader/fileDesc/sourceDesc//date/@when)[1])"),
                eval(xp, doc, "string-join(/TEI/teiHeader/profileDesc/correspDesc/correspAction[@type='sent']/(persName, orgName)/normalize-space(), '; ')"),
                eval(xp, doc, "normalize-space(string-join(/TEI/teiHeader/profileDesc/abstract//text(), ''))"),
                eval(xp, doc, "string-join(/TEI/teiHeader/profileDesc/textClass//term/normalize-space(), ', ')"),
                eval(xp, doc, "normalize-space((/TEI/teiHeader/fileDesc/editionStmt/edition/title, /TEI/teiHeader/fileDesc/editionStmt/edition)[1])"),
                eval(xp, doc, "string((/TEI/teiHeader/fileDesc/editionStmt/edition/@n)[1])"),
                eval(xp, doc, "string((/TEI/teiHeader/fileDesc/publicationStmt/date/@when)[1])"),
                eval(xp, doc, "string((/TEI/text/@xml:lang, /TEI/@xml:lang)[1])"),
                parts(xp, doc));
    }

    /** The document divs of a file that holds two or more, each with an xml:id; otherwise none. */
    private static java.util.List<Part> parts(XPathCompiler xp, XdmNode doc) {
        try {
            var divs = xp.evaluate("/TEI/text//div[@type='document'][@xml:id]", doc);
            if (divs.size() < 2) {
                return java.util.List.of();
            }
            java.util.List<Part> parts = new java.util.ArrayList<>();
            for (var div : divs) {
                String id = xp.evaluateSingle("string(@xml:id)", div).getStringValue();
                String title = xp.evaluateSingle("normalize-space(string-join(head[1]//text()[not(ancestor::note)], ''))", div).getStringValue();
                parts.add(new Part(safeId(id), title));
            }
            return java.util.List.copyOf(parts);
        } catch (SaxonApiException e) {
            throw new IllegalStateException("bad built-in XPath", e);
        }
    }

    /** Longer ids are cut and given a hash of the whole id, so that file names stay below system limits. */
    private static final int MAX_ID = 100;

    /**
     * Ids become file names: keep them to a safe alphabet (accents dropped, anything else '_'), never
     * starting with '.' or '-' (a hidden file, or an option to the next shell command), at most 100 characters.
     */
    static String safeId(String id) {
        String s = java.text.Normalizer.normalize(id, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9._-]", "_");
        s = s.startsWith(".") || s.startsWith("-") || s.isEmpty() ? "_" + s : s;
        if (s.length() > MAX_ID) {
            String hash = Integer.toHexString(id.hashCode() & 0x7fffffff);
            s = s.substring(0, MAX_ID - 10) + "-" + "0".repeat(8 - hash.length()) + hash;
        }
        return s;
    }

    private static String eval(XPathCompiler xp, XdmNode doc, String expr) {
        try {
            return xp.evaluateSingle(expr, doc).getStringValue();
        } catch (SaxonApiException e) {
            throw new IllegalStateException("bad built-in XPath " + expr, e);
        }
    }
}
