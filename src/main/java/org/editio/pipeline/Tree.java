package org.editio.pipeline;

import java.util.function.Supplier;
import net.sf.saxon.s9api.XdmNode;

/**
 * A document's tree, parsed when first asked for: a source unchanged since the last build is not read at
 * all unless a page that shows it must be made again. Thread-safe; parses at most once.
 */
final class Tree {
    private final Supplier<XdmNode> parse;
    private volatile XdmNode node;

    private Tree(XdmNode node, Supplier<XdmNode> parse) {
        this.node = node;
        this.parse = parse;
    }

    static Tree of(XdmNode node) {
        return new Tree(node, () -> node);
    }

    static Tree later(Supplier<XdmNode> parse) {
        return new Tree(null, parse);
    }

    /**
     * Parses a source read before in this build, or in the previous one, with {@code whitespace}; a source that
     * no longer parses changed during the build.
     */
    static XdmNode parse(org.editio.xml.Xml xml, java.nio.file.Path f, org.editio.xml.Whitespace whitespace) {
        try {
            return xml.parse(f, whitespace);
        } catch (java.io.IOException | org.xml.sax.SAXException e) {
            throw new IllegalStateException("the source " + f + " changed during the build: " + e.getMessage(), e);
        }
    }

    XdmNode get() {
        XdmNode n = node;
        if (n == null) {
            synchronized (this) {
                n = node;
                if (n == null) {
                    n = parse.get();
                    node = n;
                }
            }
        }
        return n;
    }
}
