package org.editio.pipeline;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import net.sf.saxon.om.AttributeInfo;
import net.sf.saxon.om.NamePool;
import net.sf.saxon.om.NodeInfo;
import net.sf.saxon.om.NodeName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.tree.tiny.TinyNodeImpl;
import net.sf.saxon.tree.tiny.TinyTree;
import net.sf.saxon.type.Type;
import org.editio.xml.TinyArrays;

/**
 * How the documents use TEI elements, counted for the guidelines page ({@code editio:uses},
 * docs/xslt-contract.md): per element name, its uses and files; per parent it has, the same and the
 * documents; per kind of use (parent, place, signature as common/schema.xsl defines them) the first use, for
 * the examples. Counting the elements of thousands of letters is a walk over their trees here, where the
 * stylesheet grouped every element of every document.
 */
final class ElementUses {
    static final String TEI = "http://www.tei-c.org/ns/1.0";
    private static final String[] PLACES = {"text", "other", "header"};

    /** One kind of use: element name, parent's local name ("" for the root), place, signature. */
    record Kind(String name, String parent, int place, String signature) {
    }

    /** A kind's uses in one document: how many, and the first one's position among its TEI elements. */
    private static final class Count {
        int n;
        final int first;

        Count(int first) {
            this.first = first;
        }
    }

    private ElementUses() {
    }

    /**
     * The kinds of use in one document, in the order of their first use. A tiny tree (as Editio parses) is
     * read from its arrays, in document order, with each name worked out once per document; any other
     * tree is walked node by node ({@link #ofNodes}), with the same result.
     */
    static Map<Kind, int[]> of(XdmNode document) {
        NodeInfo root = document.getUnderlyingNode();
        if (!(root instanceof TinyNodeImpl tiny)) {
            return ofNodes(document);
        }
        Map<Kind, Count> kinds = new LinkedHashMap<>();
        new TinyWalk(tiny.getTree()).walk(tiny.getNodeNumber(), kinds);
        return counts(kinds);
    }

    /** As {@link #of}, walking the tree node by node. */
    static Map<Kind, int[]> ofNodes(XdmNode document) {
        Map<Kind, Count> kinds = new LinkedHashMap<>();
        walk(document.getUnderlyingNode(), "", 1, new int[] {0}, kinds);
        return counts(kinds);
    }

    private static Map<Kind, int[]> counts(Map<Kind, Count> kinds) {
        Map<Kind, int[]> out = new LinkedHashMap<>();
        kinds.forEach((k, c) -> out.put(k, new int[] {c.n, c.first}));
        return out;
    }

    /**
     * The place of an element's children, from the element's place and name: inside a tei:text is "text"
     * whatever else surrounds it; else inside a tei:teiHeader is "header".
     */
    private static int inner(int place, boolean tei, String local) {
        boolean text = tei && local.equals("text");
        boolean header = tei && local.equals("teiHeader");
        return place == 0 || text ? 0 : place == 2 || header ? 2 : 1;
    }

    /**
     * One document of a tiny tree read from its arrays: the nodes after the document node in order, an
     * element's parent being the last element met one level up. Element and attribute names are looked up
     * once per document.
     */
    private static final class TinyWalk {
        private final TinyTree tree;
        private final Map<Integer, String[]> elementNames = new HashMap<>();
        private final Map<Integer, String[]> attributeNames = new HashMap<>();

        TinyWalk(TinyTree tree) {
            this.tree = tree;
        }

        void walk(int start, Map<Kind, Count> kinds) {
            TinyArrays t = TinyArrays.of(tree);
            short[] depth = t.depth();
            int[] nameCode = t.nameCode();
            int[] alpha = t.alpha();
            int[] attParent = t.attParent();
            int[] attCode = t.attCode();
            String[] attValue = t.attValue();
            int attributes = t.attributes();
            int top = depth[start];
            // By depth below the document node: the local name and place of the last element there.
            String[] names = new String[32];
            int[] places = new int[32];
            names[0] = "";
            places[0] = 1;
            int position = 0;
            List<String> attributeList = new ArrayList<>();
            for (int i = t.next(start, start); i >= 0; i = t.next(i, start)) {
                int k = t.kind()[i];
                if (k != Type.ELEMENT && k != Type.TEXTUAL_ELEMENT) {
                    continue;
                }
                int level = depth[i] - top;
                if (level >= names.length) {
                    names = Arrays.copyOf(names, names.length * 2);
                    places = Arrays.copyOf(places, places.length * 2);
                }
                String parentName = names[level - 1];
                int place = places[level - 1];
                String[] name = elementNames.computeIfAbsent(nameCode[i] & NamePool.FP_MASK, this::elementName);
                boolean tei = name[1] != null;
                if (tei) {
                    position++;
                    attributeList.clear();
                    String type = "";
                    for (int a = alpha[i]; a >= 0 && a < attributes && attParent[a] == i; a++) {
                        String[] an = attributeNames.get(attCode[a]);
                        if (an == null) {
                            an = attributeName(attCode[a], i);
                            attributeNames.put(attCode[a], an);
                        }
                        attributeList.add(an[0]);
                        if (an[1] != null) {
                            type = attValue[a];
                        }
                    }
                    Kind kindOfUse = new Kind(name[0], parentName, place, signature(parentName, attributeList, type));
                    int first = position;
                    kinds.computeIfAbsent(kindOfUse, x -> new Count(first)).n++;
                }
                names[level] = name[0];
                places[level] = inner(place, tei, name[0]);
            }
        }

        /** {local name, "tei" when in the TEI namespace, else null}. */
        private String[] elementName(int fingerprint) {
            NamePool pool = tree.getNamePool();
            return new String[] {pool.getLocalName(fingerprint), TEI.equals(pool.getURI(fingerprint).toString()) ? "tei" : null};
        }

        /** {display name, "type" when it is the attribute type in no namespace, else null}. */
        private String[] attributeName(int code, int element) {
            NodeName name = null;
            for (AttributeInfo a : tree.getNode(element).attributes()) {
                if ((a.getNodeName().obtainFingerprint(tree.getNamePool())) == (code & NamePool.FP_MASK)) {
                    name = a.getNodeName();
                    break;
                }
            }
            if (name == null) {
                throw new IllegalStateException("attribute " + code + " not found on its element");
            }
            boolean type = name.getURI().toString().isEmpty() && name.getLocalPart().equals("type");
            return new String[] {name.getDisplayName(), type ? "type" : null};
        }
    }

    /**
     * @param place 0 text (inside tei:text), 1 other, 2 header (inside tei:teiHeader), as the stylesheet's
     *              ancestor test: an element's place comes from its ancestors, not from itself
     */
    private static void walk(NodeInfo parent, String parentName, int place, int[] position, Map<Kind, Count> kinds) {
        for (NodeInfo e : parent.children()) {
            if (e.getNodeKind() != Type.ELEMENT) {
                continue;
            }
            boolean tei = TEI.equals(e.getURI());
            if (tei) {
                position[0]++;
                Kind k = new Kind(e.getLocalPart(), parentName, place, signature(e, parentName));
                kinds.computeIfAbsent(k, x -> new Count(position[0])).n++;
            }
            walk(e, e.getLocalPart(), inner(place, tei, e.getLocalPart()), position, kinds);
        }
    }

    /** As eg:signature: the parent's local name, the attributes' names sorted, the @type, joined by '|'. */
    private static String signature(NodeInfo e, String parentName) {
        List<String> names = new ArrayList<>();
        String type = "";
        for (AttributeInfo a : e.attributes()) {
            NodeName name = a.getNodeName();
            names.add(name.getDisplayName());
            if (name.getURI().toString().isEmpty() && name.getLocalPart().equals("type")) {
                type = a.getValue();
            }
        }
        return signature(parentName, names, type);
    }

    /** The signature of an element in {@code parentName} with attributes {@code names} (sorted here) and @type {@code type}. */
    private static String signature(String parentName, List<String> names, String type) {
        names.sort(CODEPOINTS);
        StringBuilder b = new StringBuilder(parentName);
        for (String n : names) {
            b.append('|').append(n);
        }
        return b.append('|').append(type).toString();
    }

    /** Unicode codepoint order, as the stylesheet's default collation. */
    private static final Comparator<String> CODEPOINTS = (x, y) -> {
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
            int a = x.codePointAt(i);
            int b = y.codePointAt(j);
            if (a != b) {
                return Integer.compare(a, b);
            }
            i += Character.charCount(a);
            j += Character.charCount(b);
        }
        return Integer.compare(x.length() - i, y.length() - j);
    };

    /**
     * A hash of one document's kinds of use ({@link #of}): everything the guidelines page reads from a
     * document that no example comes from, so that the page can be taken over when no document's hash
     * changed ({@link GuidelinesPage}).
     */
    static String hash(Map<Kind, int[]> kinds) {
        Hashes h = new Hashes();
        kinds.forEach((k, v) -> h.add(k.name() + ' ' + k.parent() + ' ' + k.place() + ' ' + k.signature() + ' ' + v[0] + ' ' + v[1]));
        return h.hex();
    }

    /**
     * The documents (their places in {@code documents}) that hold the first two kinds of use, in document
     * order and then position, of each element name, parent and place: the only ones the guidelines page
     * can take an example from (its first example is the first use of a declaration, whose uses are those
     * of some parents; its second the first use after it with another signature, and within one name,
     * parent and place every kind has a signature of its own).
     */
    static java.util.SortedSet<Integer> candidates(List<Map<Kind, int[]>> documents) {
        // Documents in order, each one's kinds in the order of their first use: the first time a kind is met is
        // its first use, and the first two kinds met of a name, parent and place are its first two.
        java.util.Set<Kind> seen = new java.util.HashSet<>();
        Map<String, Integer> taken = new java.util.HashMap<>();
        java.util.SortedSet<Integer> docs = new java.util.TreeSet<>();
        for (int d = 0; d < documents.size(); d++) {
            for (Kind k : documents.get(d).keySet()) {
                if (seen.add(k) && taken.merge(k.name() + '\u0000' + k.parent() + '\u0000' + k.place(), 1, Integer::sum) <= 2) {
                    docs.add(d);
                }
            }
        }
        return docs;
    }

    /**
     * The uses of all documents, as XML for the stylesheet: {@code documents} in the order the stylesheet
     * numbers them (date order, the register last), each given as its kinds of use ({@link #of}).
     */
    static String table(List<Map<Kind, int[]>> documents) {
        return table(documents, d -> d + 1);
    }

    /**
     * As {@link #table(List)}, a document numbered {@code number.applyAsInt(place in documents)} where a first
     * use names it (0: the document is not passed to the stylesheet, which takes no example from it).
     */
    static String table(List<Map<Kind, int[]>> documents, java.util.function.IntUnaryOperator number) {
        // name → parent → {uses, documents}; name → {uses, files}; kind → first (document, position)
        Map<String, Map<String, int[]>> parentUses = new LinkedHashMap<>();
        Map<String, Map<String, StringBuilder>> parentDocs = new LinkedHashMap<>();
        Map<String, int[]> nameUses = new LinkedHashMap<>();
        Map<String, Map<Kind, int[]>> first = new LinkedHashMap<>();
        for (int d = 0; d < documents.size(); d++) {
            int doc = d + 1;
            Map<String, Boolean> seenNames = new java.util.HashMap<>();
            Map<String, Boolean> seenParents = new java.util.HashMap<>();
            for (Map.Entry<Kind, int[]> e : documents.get(d).entrySet()) {
                Kind k = e.getKey();
                int n = e.getValue()[0];
                int[] name = nameUses.computeIfAbsent(k.name(), x -> new int[2]);
                name[0] += n;
                if (seenNames.put(k.name(), Boolean.TRUE) == null) {
                    name[1]++;
                }
                int[] p = parentUses.computeIfAbsent(k.name(), x -> new LinkedHashMap<>()).computeIfAbsent(k.parent(), x -> new int[2]);
                p[0] += n;
                if (seenParents.put(k.name() + '\u0000' + k.parent(), Boolean.TRUE) == null) {
                    p[1]++;
                    StringBuilder docs = parentDocs.computeIfAbsent(k.name(), x -> new LinkedHashMap<>())
                            .computeIfAbsent(k.parent(), x -> new StringBuilder());
                    docs.append(docs.length() == 0 ? "" : " ").append(doc);
                }
                first.computeIfAbsent(k.name(), x -> new LinkedHashMap<>()).putIfAbsent(k, new int[] {d, e.getValue()[1]});
            }
        }
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            w.writeStartElement("uses");
            for (Map.Entry<String, int[]> name : nameUses.entrySet()) {
                w.writeStartElement("name");
                w.writeAttribute("name", name.getKey());
                w.writeAttribute("uses", Integer.toString(name.getValue()[0]));
                w.writeAttribute("files", Integer.toString(name.getValue()[1]));
                for (Map.Entry<String, int[]> p : parentUses.get(name.getKey()).entrySet()) {
                    w.writeEmptyElement("parent");
                    w.writeAttribute("name", p.getKey());
                    w.writeAttribute("uses", Integer.toString(p.getValue()[0]));
                    w.writeAttribute("files", Integer.toString(p.getValue()[1]));
                    w.writeAttribute("docs", parentDocs.get(name.getKey()).get(p.getKey()).toString());
                }
                for (Map.Entry<Kind, int[]> k : first.get(name.getKey()).entrySet()) {
                    w.writeEmptyElement("kind");
                    w.writeAttribute("parent", k.getKey().parent());
                    w.writeAttribute("place", PLACES[k.getKey().place()]);
                    w.writeAttribute("sig", k.getKey().signature());
                    w.writeAttribute("order", Integer.toString(k.getValue()[0] + 1));
                    w.writeAttribute("doc", Integer.toString(number.applyAsInt(k.getValue()[0])));
                    w.writeAttribute("at", Integer.toString(k.getValue()[1]));
                }
                w.writeEndElement();
            }
            w.writeEndElement();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the table of element uses", e);
        }
        return text.toString();
    }
}
