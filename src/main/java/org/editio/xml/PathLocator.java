package org.editio.xml;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathExecutable;
import net.sf.saxon.s9api.XPathSelector;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;

/**
 * Turns an XPath as produced by {@code fn:path()} (Schematron's SVRL @location, stylesheet messages)
 * back into a line and column of a document parsed with line numbering. Compiled paths are cached;
 * thread-safe.
 */
final class PathLocator {
    private final Processor processor;
    private final Map<String, XPathExecutable> cache = new ConcurrentHashMap<>();

    PathLocator(Processor processor) {
        this.processor = processor;
    }

    int[] locate(XdmNode document, String path) {
        if (path == null || path.isBlank()) {
            return new int[] {0, 0};
        }
        try {
            XPathExecutable exe = cache.computeIfAbsent(path, p -> {
                try {
                    return processor.newXPathCompiler().compile(p);
                } catch (SaxonApiException e) {
                    return null;
                }
            });
            if (exe == null) {
                return new int[] {0, 0};
            }
            XPathSelector sel = exe.load();
            sel.setContextItem(document);
            XdmItem item = sel.evaluateSingle();
            if (!(item instanceof XdmNode node)) {
                return new int[] {0, 0};
            }
            if (node.getNodeKind() == XdmNodeKind.ATTRIBUTE || node.getLineNumber() <= 0) {
                XdmNode parent = node.getParent();
                node = parent == null ? node : parent;
            }
            return new int[] {Math.max(0, node.getLineNumber()), Math.max(0, node.getColumnNumber())};
        } catch (SaxonApiException e) {
            return new int[] {0, 0};
        }
    }
}
