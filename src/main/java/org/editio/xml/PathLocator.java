package org.editio.xml;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    /** One step of fn:path()'s output; the position is absent for attributes. */
    private static final Pattern STEP = Pattern.compile(
            "/(?:(text|comment)\\(\\)|processing-instruction\\(([^)]*)\\)|(@)?(?:Q\\{([^}]*)\\})?([\\p{L}_][\\p{L}\\p{N}._\\-]*))(?:\\[(\\d+)\\])?");

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
        Matcher m = STEP.matcher(path);
        int from = 0;
        while (from < path.length()) {
            if (!m.find(from) || m.start() != from || at == null) {
                return null;
            }
            at = step(at, m);
            from = m.end();
        }
        return at == document ? null : at;
    }

    private static XdmNode step(XdmNode at, Matcher m) {
        String uri = m.group(4) == null ? "" : m.group(4);
        String local = m.group(5);
        if (m.group(3) != null) {
            for (XdmNode a : at.select(net.sf.saxon.s9api.streams.Steps.attribute()).toList()) {
                if (a.getNodeName().getLocalName().equals(local) && a.getNodeName().getNamespace().equals(uri)) {
                    return a;
                }
            }
            return null;
        }
        int wanted = m.group(6) == null ? 1 : Integer.parseInt(m.group(6));
        int seen = 0;
        for (XdmNode child : at.children()) {
            if (matches(child, m, uri, local) && ++seen == wanted) {
                return child;
            }
        }
        return null;
    }

    private static boolean matches(XdmNode n, Matcher m, String uri, String local) {
        XdmNodeKind kind = n.getNodeKind();
        if (local != null) {
            return kind == XdmNodeKind.ELEMENT && n.getNodeName().getLocalName().equals(local)
                    && n.getNodeName().getNamespace().equals(uri);
        }
        if (m.group(1) != null) {
            return kind == (m.group(1).equals("text") ? XdmNodeKind.TEXT : XdmNodeKind.COMMENT);
        }
        return kind == XdmNodeKind.PROCESSING_INSTRUCTION
                && (m.group(2).isEmpty() || n.getNodeName().getLocalName().equals(m.group(2)));
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
