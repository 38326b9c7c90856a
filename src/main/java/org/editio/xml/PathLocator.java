package org.editio.xml;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathSelector;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;

/**
 * Turns an XPath as produced by {@code fn:path()} (Schematron's SVRL @location, stylesheet messages)
 * back into a line and column of a document parsed with line numbering. The steps {@code fn:path()}
 * writes ({@code /Q{uri}name[n]}, {@code /@name}, {@code /text()[n]}, …) are walked on the tree directly;
 * any other XPath is compiled and evaluated (never cached: each location is met once). Thread-safe.
 */
final class PathLocator {
    private final Processor processor;

    PathLocator(Processor processor) {
        this.processor = processor;
    }

    int[] locate(XdmNode document, String path) {
        if (path == null || path.isBlank()) {
            return new int[] {0, 0};
        }
        XdmNode node = walk(document, path.strip());
        if (node == null) {
            node = evaluate(document, path);
        }
        if (node == null) {
            return new int[] {0, 0};
        }
        if (node.getNodeKind() == XdmNodeKind.ATTRIBUTE || node.getLineNumber() <= 0) {
            XdmNode parent = node.getParent();
            node = parent == null ? node : parent;
        }
        return new int[] {Math.max(0, node.getLineNumber()), Math.max(0, node.getColumnNumber())};
    }

    /** The node fn:path()'s output names, or null when the path has another form or names nothing. */
    static XdmNode walk(XdmNode document, String path) {
        if (document.getNodeKind() != XdmNodeKind.DOCUMENT || !path.startsWith("/")) {
            return null;
        }
        XdmNode at = document;
        Step step = new Step();
        int from = 0;
        while (from < path.length()) {
            from = step.read(path, from);
            if (from < 0 || at == null) {
                return null;
            }
            at = step.find(at);
        }
        return at == document ? null : at;
    }

    /**
     * One step of fn:path()'s output, read by hand (a regular expression cost more than the walk):
     * {@code /text()[n]}, {@code /comment()[n]}, {@code /processing-instruction(name)[n]},
     * {@code /@Q{uri}name}, {@code /Q{uri}name[n]}; the {@code Q{uri}} and the position may be absent.
     */
    private static final class Step {
        XdmNodeKind kind;
        boolean attribute;
        String uri;
        String local;
        int position;

        /** Reads the step at {@code from} (a '/'); the index after it, or -1 when it is not such a step. */
        int read(String path, int from) {
            int i = from + 1;
            attribute = false;
            uri = "";
            local = null;
            position = 1;
            kind = XdmNodeKind.ELEMENT;
            if (path.startsWith("text()", i)) {
                kind = XdmNodeKind.TEXT;
                i += 6;
            } else if (path.startsWith("comment()", i)) {
                kind = XdmNodeKind.COMMENT;
                i += 9;
            } else if (path.startsWith("processing-instruction(", i)) {
                kind = XdmNodeKind.PROCESSING_INSTRUCTION;
                int close = path.indexOf(')', i);
                if (close < 0) {
                    return -1;
                }
                local = path.substring(i + 23, close);
                i = close + 1;
            } else {
                if (path.startsWith("@", i)) {
                    attribute = true;
                    i++;
                }
                if (path.startsWith("Q{", i)) {
                    int close = path.indexOf('}', i);
                    if (close < 0) {
                        return -1;
                    }
                    uri = path.substring(i + 2, close);
                    i = close + 1;
                }
                int start = i;
                while (i < path.length() && isNameChar(path.charAt(i))) {
                    i++;
                }
                if (i == start) {
                    return -1;
                }
                local = path.substring(start, i);
            }
            if (!attribute && i < path.length() && path.charAt(i) == '[') {
                int close = path.indexOf(']', i);
                if (close < 0 || close == i + 1) {
                    return -1;
                }
                position = 0;
                for (int d = i + 1; d < close; d++) {
                    char c = path.charAt(d);
                    if (c < '0' || c > '9' || position > 100_000_000) {
                        return -1;
                    }
                    position = position * 10 + (c - '0');
                }
                i = close + 1;
            }
            return i == path.length() || path.charAt(i) == '/' ? i : -1;
        }

        /** Anything up to the next step or position: a name that is no node's name finds nothing. */
        private static boolean isNameChar(char c) {
            return "/[]{}()@ ".indexOf(c) < 0;
        }

        /** The node this step names below {@code at}, or null. */
        XdmNode find(XdmNode at) {
            if (attribute) {
                for (XdmNode a : at.select(net.sf.saxon.s9api.streams.Steps.attribute()).toList()) {
                    if (a.getNodeName().getLocalName().equals(local) && a.getNodeName().getNamespace().equals(uri)) {
                        return a;
                    }
                }
                return null;
            }
            int seen = 0;
            for (XdmNode child : at.children()) {
                if (matches(child) && ++seen == position) {
                    return child;
                }
            }
            return null;
        }

        private boolean matches(XdmNode n) {
            if (n.getNodeKind() != kind) {
                return false;
            }
            if (kind == XdmNodeKind.ELEMENT) {
                return n.getNodeName().getLocalName().equals(local) && n.getNodeName().getNamespace().equals(uri);
            }
            if (kind == XdmNodeKind.PROCESSING_INSTRUCTION) {
                return local.isEmpty() || n.getNodeName().getLocalName().equals(local);
            }
            return true;
        }
    }

    private XdmNode evaluate(XdmNode document, String path) {
        try {
            XPathSelector sel = processor.newXPathCompiler().compile(path).load();
            sel.setContextItem(document);
            XdmItem item = sel.evaluateSingle();
            return item instanceof XdmNode node ? node : null;
        } catch (SaxonApiException e) {
            return null;
        }
    }
}
