package org.editio.transform;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.saxon.expr.XPathContext;
import net.sf.saxon.lib.ExtensionFunctionCall;
import net.sf.saxon.lib.ExtensionFunctionDefinition;
import net.sf.saxon.om.AttributeInfo;
import net.sf.saxon.om.NamePool;
import net.sf.saxon.om.NodeInfo;
import net.sf.saxon.om.Sequence;
import net.sf.saxon.om.StructuredQName;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.str.UnicodeString;
import net.sf.saxon.trans.XPathException;
import net.sf.saxon.tree.tiny.TinyNodeImpl;
import net.sf.saxon.tree.tiny.TinyTextImpl;
import net.sf.saxon.tree.tiny.TinyTree;
import net.sf.saxon.type.Type;
import net.sf.saxon.value.EmptySequence;
import net.sf.saxon.value.SequenceType;
import net.sf.saxon.value.StringValue;
import net.sf.saxon.z.IntIterator;
import org.editio.xml.TinyArrays;

/**
 * Entries made once and reused within a build: the stylesheets' entity lines ("Named in this document")
 * are the same wherever the same entry occurs, and an edition of letters names the same persons and places
 * in letter after letter (the 4,420 Schnitzler letters hold 50,490 entries, 11,380 of them different).
 * Three extension functions in {@value #NS}:
 * <ul>
 * <li>{@code key($node)}: a text of the node's subtree (names, attributes, text), equal for equal
 * content and only for it;</li>
 * <li>{@code cached($key)}: the element kept under that key, or ();</li>
 * <li>{@code cache($key, $element)}: keeps the element (while fewer than {@link #LIMIT} are kept) and returns
 * it.</li>
 * </ul>
 * What is kept belongs to the stylesheet that made it (the compiled executable running the call): a
 * stylesheet compiled again starts empty. The stylesheets cache only what depends on the subtree alone and
 * reports no problem (see html/html_entities.xsl); without these functions (plain Saxon) they make every
 * entry.
 */
final class EntryCache {
    static final String NS = "urn:editio:java";
    /** Entries kept per compiled stylesheet at most (a few KB each). */
    static final int LIMIT = 8192;

    private static final Map<Object, Map<String, NodeInfo>> KEPT = Collections.synchronizedMap(new WeakHashMap<>());

    private EntryCache() {
    }

    /** Registers the three functions with {@code processor} (before its stylesheets are compiled). */
    static void register(Processor processor) {
        processor.registerExtensionFunction(new Key());
        processor.registerExtensionFunction(new Cached());
        processor.registerExtensionFunction(new Cache());
    }

    private static Map<String, NodeInfo> kept(XPathContext context) {
        return KEPT.computeIfAbsent(context.getController().getExecutable(), e -> new ConcurrentHashMap<>());
    }

    /**
     * The key of a subtree: every element's name and attributes (in order), every text node, nested, written
     * out as one text, each string after its length: no two different subtrees give the same text. The text
     * itself is the key, which a hash map compares only on a hit; a SHA-256 digest of it, the key before, cost
     * time on every entry of every page to save memory: the Schnitzler letters' entries come to about 1,450
     * characters on average, so the {@link #LIMIT} keys kept at most take some 12 MB. A subtree of a tiny tree
     * (as Editio parses) is read from the tree's arrays ({@link #tinyKey}), any other node by node.
     */
    static String key(NodeInfo node) {
        if (node instanceof TinyNodeImpl tiny && node.getNodeKind() == Type.ELEMENT) {
            return tinyKey(tiny.getTree(), tiny.getNodeNumber());
        }
        return nodeKey(node);
    }

    /** The key of a subtree walked node by node (any tree model). */
    static String nodeKey(NodeInfo node) {
        StringBuilder text = new StringBuilder(1024);
        feed(node, text);
        return text.toString();
    }

    /**
     * The key of the element {@code element} of a tiny tree and its subtree, read from the tree's arrays in
     * document order: a mark that no node-by-node key starts with, then for each node its depth below the
     * element and kind, an element's name (the name pool's fingerprint of its namespace and local name: one
     * pool serves all the documents a stylesheet transforms) and attributes (fingerprint and value), a text
     * node's text, each string after its length, a whitespace-only text node in the compressed form the tree
     * keeps it in (Saxon compresses every whitespace string it can, always the same way; uncompressing it made
     * a 1,000-byte buffer each time). The depths give the nesting; an element stored with its only text child
     * (a textual element) is written as the element and that child, as if stored apart. About half the
     * processor time of walking the nodes, which made 50,490 keys in a build of the 4,420 Schnitzler letters
     * (docs/benchmarks.md, twenty-third session).
     */
    static String tinyKey(TinyTree tree, int element) {
        TinyArrays t = TinyArrays.of(tree);
        int base = t.depth()[element];
        StringBuilder text = new StringBuilder(1024).append('\u0001');
        for (int i = element; i >= 0; i = t.next(i, element)) {
            int k = t.kind()[i];
            char level = (char) (t.depth()[i] - base);
            switch (k) {
                case Type.ELEMENT -> {
                    appendInt(text.append('E').append(level), t.nameCode()[i] & NamePool.FP_MASK);
                    for (int a = t.alpha()[i]; a >= 0 && a < t.attributes() && t.attParent()[a] == i; a++) {
                        appendInt(text.append('A'), t.attCode()[a] & NamePool.FP_MASK);
                        appendString(text, t.attValue()[a]);
                    }
                }
                case Type.TEXTUAL_ELEMENT -> {
                    appendInt(text.append('E').append(level), t.nameCode()[i] & NamePool.FP_MASK);
                    appendText(text.append('T').append((char) (level + 1)), TinyTextImpl.getStringValue(tree, i));
                }
                case Type.TEXT -> appendText(text.append('T').append(level), TinyTextImpl.getStringValue(tree, i));
                // whitespace as the tree keeps it, compressed: one string has one compressed form
                case Type.WHITESPACE_TEXT -> appendInt(appendInt(text.append('W').append(level), t.alpha()[i]), t.beta()[i]);
                case Type.COMMENT -> appendString(text.append('C').append(level), tree.getNode(i).getStringValue());
                case Type.PROCESSING_INSTRUCTION -> {
                    NodeInfo pi = tree.getNode(i);
                    appendString(text.append('P').append(level), pi.getLocalPart());
                    appendString(text, pi.getStringValue());
                }
                default -> throw new IllegalStateException("node kind " + k + " in a tiny tree");
            }
        }
        return text.toString();
    }

    /** An int as two chars. */
    private static StringBuilder appendInt(StringBuilder text, int n) {
        return text.append((char) (n >>> 16)).append((char) n);
    }

    /** A string after its length in chars (as two chars). */
    private static void appendString(StringBuilder text, String s) {
        appendInt(text, s.length());
        text.append(s);
    }

    /** A text after its length in chars (as two chars). */
    private static void appendText(StringBuilder text, UnicodeString s) {
        appendString(text, s.toString());
    }

    private static void feed(NodeInfo node, StringBuilder text) {
        switch (node.getNodeKind()) {
            case Type.ELEMENT -> {
                add(text, 'E', node.getURI().toString());
                add(text, ':', node.getLocalPart());
                for (AttributeInfo a : node.attributes()) {
                    add(text, 'A', a.getNodeName().getURI().toString());
                    add(text, ':', a.getNodeName().getLocalPart());
                    add(text, '=', a.getValue());
                }
                feedChildren(node, text);
                add(text, '/', "");
            }
            case Type.TEXT -> addText(text, node.getUnicodeStringValue());
            case Type.COMMENT -> add(text, 'C', node.getStringValue());
            case Type.PROCESSING_INSTRUCTION -> add(text, 'P', node.getLocalPart() + " " + node.getStringValue());
            default -> feedChildren(node, text);
        }
    }

    private static void feedChildren(NodeInfo node, StringBuilder text) {
        for (NodeInfo child : node.children()) {
            feed(child, text);
        }
    }

    /**
     * A tag, the length of the string (in chars) and the string: no two different sequences give the same
     * text, as the length says where each string ends.
     */
    private static void add(StringBuilder text, char tag, String s) {
        text.append(tag).append(s.length()).append(';').append(s);
    }

    /**
     * A text node as {@link #add} writes a string, its length counted in code points and the code points read
     * one by one: the tree keeps whitespace-only text compressed, and its string value made it anew each time
     * (about 5 % of all the bytes a build of the 4,420 letters allocated; docs/benchmarks.md, eighteenth session).
     */
    private static void addText(StringBuilder text, UnicodeString s) {
        text.append('T').append(s.length()).append(';');
        for (IntIterator c = s.codePoints(); c.hasNext(); ) {
            text.appendCodePoint(c.next());
        }
    }

    private abstract static class Function extends ExtensionFunctionDefinition {
        private final String name;
        private final SequenceType[] arguments;
        private final SequenceType result;

        Function(String name, SequenceType result, SequenceType... arguments) {
            this.name = name;
            this.arguments = arguments;
            this.result = result;
        }

        @Override
        public StructuredQName getFunctionQName() {
            return new StructuredQName("", NS, name);
        }

        @Override
        public SequenceType[] getArgumentTypes() {
            return arguments;
        }

        @Override
        public SequenceType getResultType(SequenceType[] suppliedArgumentTypes) {
            return result;
        }

        @Override
        public boolean hasSideEffects() {
            return true;
        }
    }

    private static final class Key extends Function {
        Key() {
            super("key", SequenceType.SINGLE_STRING, SequenceType.SINGLE_NODE);
        }

        @Override
        public ExtensionFunctionCall makeCallExpression() {
            return new ExtensionFunctionCall() {
                @Override
                public Sequence call(XPathContext context, Sequence[] arguments) throws XPathException {
                    return new StringValue(key((NodeInfo) arguments[0].head()));
                }
            };
        }
    }

    private static final class Cached extends Function {
        Cached() {
            super("cached", SequenceType.OPTIONAL_NODE, SequenceType.SINGLE_STRING);
        }

        @Override
        public ExtensionFunctionCall makeCallExpression() {
            return new ExtensionFunctionCall() {
                @Override
                public Sequence call(XPathContext context, Sequence[] arguments) throws XPathException {
                    NodeInfo kept = kept(context).get(arguments[0].head().getStringValue());
                    return kept == null ? EmptySequence.getInstance() : kept;
                }
            };
        }
    }

    private static final class Cache extends Function {
        Cache() {
            super("cache", SequenceType.SINGLE_NODE, SequenceType.SINGLE_STRING, SequenceType.SINGLE_NODE);
        }

        @Override
        public ExtensionFunctionCall makeCallExpression() {
            return new ExtensionFunctionCall() {
                @Override
                public Sequence call(XPathContext context, Sequence[] arguments) throws XPathException {
                    NodeInfo element = (NodeInfo) arguments[1].head();
                    Map<String, NodeInfo> kept = kept(context);
                    if (kept.size() < LIMIT) {
                        kept.putIfAbsent(arguments[0].head().getStringValue(), element);
                    }
                    return element;
                }
            };
        }
    }
}
