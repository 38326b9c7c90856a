package org.editio.xml;

import net.sf.saxon.tree.tiny.Statistics;

/**
 * How much room a document's tree is built with. Saxon sizes a new tiny tree by the trees built before it
 * (a bitwise "or" of the last ten sizes, in statistics shared by the whole run, the stylesheets' small
 * temporary trees included) and cuts the arrays down to what the tree holds only when they are at least three
 * times too large: a build's trees kept on average 1.74 times the node slots they used. Sized here from the
 * file instead, at three times an upper bound of its nodes and attributes, every tree of a file within those
 * bounds is cut to its exact size when it is complete (and one beyond them grows as before).
 */
final class TreeSize {
    /**
     * Bytes of XML per node and per attribute at least: the 4,420 Schnitzler letters have 20.3 and 49.6
     * at least (whitespace text nodes kept), the FRUS volumes 31.7 and 113.5.
     */
    static final int BYTES_PER_NODE = 16;
    static final int BYTES_PER_ATTRIBUTE = 40;

    private TreeSize() {
    }

    /** Room for a tree of a file of {@code bytes}. */
    static Statistics forFile(long bytes) {
        int nodes = room(bytes / BYTES_PER_NODE);
        int attributes = room(bytes / BYTES_PER_ATTRIBUTE);
        // Namespaces and characters as Saxon's own first guess; the text buffer sizes itself.
        return new Statistics(nodes, attributes, 20, 4000);
    }

    private static int room(long bound) {
        return (int) Math.min(Integer.MAX_VALUE / 4, 3 * bound + 1);
    }
}
