package org.editio.browser;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Words (runs of letters and digits, NFC, lower case, long s as s) of a TEI element and of a published page, for
 * checking that a page loses no word of its source.
 */
final class Words {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
    private static final String TEI = "http://www.tei-c.org/ns/1.0";

    /**
     * The members of alternatives: both readings of a choice, a deletion and its addition, the lemma and
     * readings of an apparatus. The page holds all of them (a view shows some, hides the others), each in
     * an element of its own (class {@code tei-NAME}), so they are read apart on both sides.
     */
    static final Set<String> ALTERNATIVES = Set.of("del", "add", "orig", "reg", "sic", "corr", "abbr", "expan",
            "lem", "rdg", "app", "choice", "subst");

    /**
     * TEI elements whose text stands apart from their neighbours when read: blocks, notes, line and page
     * beginnings, spaces and gaps. The page must keep their words apart in its text itself (not only by
     * CSS): search indexes and screen readers read the text.
     */
    static final Set<String> SEPARATE = Set.of("note", "p", "head", "item", "label", "lb", "pb", "cb", "div",
            "list", "dateline", "closer", "opener", "signed", "salute", "ab", "l", "lg", "table", "row", "cell", "fw",
            "figure", "figDesc", "address", "addrLine", "postscript", "byline", "docAuthor", "trailer", "epigraph",
            "handShift", "space", "gap", "bibl", "listBibl", "argument", "floatingText", "sp",
            "speaker", "stage", "castList");

    /** The types of seg that are lines of their own (the opener's parts, a letterhead's lines: behaviours.xsl). */
    static final Set<String> SEPARATE_SEGS = Set.of("classification", "distribution", "handling", "letterhead");

    /**
     * Whether a seg stands apart from its neighbours (behaviours.xsl, ep:is-line-seg and editio:line-end-part): a
     * line of the opener (typed, or standing in an opener with no text of its own), a seg standing in a div, or
     * the part of a line or dateline marked rend="right", or such a part right after a part marked rend="left".
     */
    /** Whether the node right before {@code seg} is a seg marked rend="left" (editio:right-part-apart). */
    private static boolean afterLeftPart(XdmNode seg) {
        XdmNode before = seg.select(net.sf.saxon.s9api.streams.Steps.precedingSibling()).findFirst().orElse(null);
        return before != null && before.getNodeKind() == XdmNodeKind.ELEMENT && "seg".equals(before.getNodeName().getLocalName())
                && TEI.equals(before.getNodeName().getNamespace())
                && "left".equals(before.getAttributeValue(new net.sf.saxon.s9api.QName("rend")));
    }

    private static boolean separateSeg(XdmNode seg, XdmNode parent) {
        String type = String.valueOf(seg.getAttributeValue(new net.sf.saxon.s9api.QName("type")));
        String parentName = parent.getNodeName() == null || !TEI.equals(parent.getNodeName().getNamespace()) ? ""
                : parent.getNodeName().getLocalName();
        boolean textOfItsOwn = false;
        for (XdmNode c : parent.children()) {
            textOfItsOwn |= c.getNodeKind() == XdmNodeKind.TEXT && !c.getStringValue().isBlank();
        }
        return SEPARATE_SEGS.contains(type) || "opener".equals(parentName) && !textOfItsOwn || "div".equals(parentName)
                || "right".equals(seg.getAttributeValue(new net.sf.saxon.s9api.QName("rend")))
                        && ("seg".equals(parentName) || "dateline".equals(parentName) || afterLeftPart(seg));
    }

    private Words() {
    }

    /** The words of a TEI element as a reader meets them, with their counts. */
    static Map<String, Integer> ofTei(XdmNode element) {
        StringBuilder b = new StringBuilder();
        read(element, b);
        return count(b.toString(), new HashMap<>());
    }

    private static void read(XdmNode node, StringBuilder b) {
        for (XdmNode child : node.children()) {
            if (child.getNodeKind() == XdmNodeKind.TEXT) {
                b.append(child.getStringValue());
            } else if (child.getNodeKind() == XdmNodeKind.ELEMENT) {
                String name = child.getNodeName().getLocalName();
                boolean tei = TEI.equals(child.getNodeName().getNamespace());
                boolean joins = tei && ("lb".equals(name) || "pb".equals(name) || "cb".equals(name))
                        && "no".equals(child.getAttributeValue(new net.sf.saxon.s9api.QName("break")));
                if (joins) { // a word broken over a line or page: the halves are one word
                    while (!b.isEmpty() && Character.isWhitespace(b.charAt(b.length() - 1))) {
                        b.setLength(b.length() - 1);
                    }
                    b.append('\u0000');
                    continue;
                }
                boolean apart = tei && (SEPARATE.contains(name) || ALTERNATIVES.contains(name)
                        || "seg".equals(name) && separateSeg(child, node));
                if (apart) {
                    b.append(' ');
                }
                read(child, b);
                if (apart) {
                    b.append(' ');
                }
            }
        }
    }

    /**
     * The words a page shows, with their counts: those of its text read as a whole, those of each text node
     * on its own (a page may set a marker, a number or a bracket right against a word), and those of the
     * text without its note references, furniture and screen-reader hints, read once more with the
     * alternatives apart. A word counts as often
     * as the reading that finds it most often.
     */
    static Map<String, Integer> ofPage(Element body) {
        Map<String, Integer> whole = count(body.text(), new HashMap<>());
        Map<String, Integer> nodes = new HashMap<>();
        body.select("*").forEach(e -> e.textNodes().forEach(t -> count(t.text(), nodes)));
        nodes.forEach((w, n) -> whole.merge(w, n, Math::max));
        // the text as a whole without the note references a page sets against a word ("word¹"),
        Element bare = body.clone();
        bare.select(NOTE_REFERENCES).forEach(e -> e.replaceWith(new TextNode(" ")));
        // and without the page's furniture (paragraph numbers, page-break markers: what the search index
        // leaves out) and the words only screen readers get ("gew[ä (uncertain reading)]hlt")
        // (those first: they are left out of the index too, and go without leaving a gap in the word)
        bare.select(".visually-hidden").forEach(Element::remove);
        // and without the editorial brackets around supplied letters inside a word ("[ha]ben": the word is
        // "haben", as the search index reads it too)
        bare.select(".bracket").forEach(Element::remove);
        bare.select("[data-pagefind-ignore]").forEach(e -> e.replaceWith(new TextNode(" ")));
        count(bare.text(), new HashMap<>()).forEach((w, n) -> whole.merge(w, n, Math::max));
        // and that text with the alternatives apart, as the source is read
        for (Element e : bare.select("del, ins, [class*=tei-]")) {
            if (e.tagName().equals("del") || e.tagName().equals("ins")
                    || e.classNames().stream().anyMatch(c -> c.startsWith("tei-") && ALTERNATIVES.contains(c.substring(4)))) {
                e.before(new TextNode(" "));
                e.after(new TextNode(" "));
            }
        }
        count(bare.text(), new HashMap<>()).forEach((w, n) -> whole.merge(w, n, Math::max));
        return whole;
    }

    /** Note references and margin-note markers a page sets right after a word. */
    static final String NOTE_REFERENCES = "[role=doc-noteref], a.noteref, a.margin-ref, a[href^=#]:has(> sup), sup:has(> a[href^=#])";

    private static Map<String, Integer> count(String text, Map<String, Integer> into) {
        // a joined line break (U+0000) disappears, white space around it already went
        String s = Normalizer.normalize(text.replace("\u0000", "").replace("\u00ad", "").replace('\u017f', 's'),
                Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            into.merge(m.group(), 1, Integer::sum);
        }
        return into;
    }

    /** The words (with how many are missing) the page has fewer times than the source; empty when none. */
    static Map<String, Integer> missing(Map<String, Integer> source, Map<String, Integer> page) {
        Map<String, Integer> missing = new TreeMap<>();
        source.forEach((w, n) -> {
            int have = page.getOrDefault(w, 0);
            if (have < n) {
                missing.put(w, n - have);
            }
        });
        return missing;
    }
}
