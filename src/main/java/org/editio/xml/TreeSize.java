package org.editio.xml;

import java.util.Optional;
import net.sf.saxon.tree.tiny.Statistics;

/**
 * How much room a document's tree is built with. Saxon sizes a new tiny tree by the trees built before it
 * (a bitwise "or" of the last ten sizes, in statistics shared by the whole run, the stylesheets' small
 * temporary trees included) and cuts the arrays down to what the tree holds only when they are at least three
 * times too large or more than 20,000 node slots (1,000 attribute slots) are spare: 1,000 Schnitzler letters
 * parsed so held their 843,084 nodes in 1,463,278 slots. Sized here from the file instead, at three times an
 * upper bound of its nodes and attributes, every tree of a file within those bounds is cut to its exact size
 * when it is complete (one beyond them grows as before). A file larger than {@link #LARGEST} is left to
 * Saxon: its tree is cut when more than 20,000 slots are spare, and three times its bound would be a lot of
 * memory to take at once (a 16 MB file, the largest Editio reads, about 80 MB).
 */
final class TreeSize {
    /**
     * Bytes of XML per node and per attribute at least: the 4,420 Schnitzler letters have 20.3 and 49.6
     * at least (whitespace text nodes kept), the FRUS volumes 31.7 and 113.5.
     */
    static final int BYTES_PER_NODE = 16;
    static final int BYTES_PER_ATTRIBUTE = 40;
    /** Files up to this size are sized here: at most about 20 MB of arrays at the start, for 4 MB. */
    static final long LARGEST = 4L << 20;

    private TreeSize() {
    }

    /** Room for the tree of a file of {@code bytes}; empty for a file larger than {@link #LARGEST}. */
    static Optional<Statistics> forFile(long bytes) {
        if (bytes > LARGEST) {
            return Optional.empty();
        }
        int nodes = (int) (3 * (bytes / BYTES_PER_NODE) + 1);
        int attributes = (int) (3 * (bytes / BYTES_PER_ATTRIBUTE) + 1);
        // Namespaces and characters as Saxon's own first guess; the text buffer sizes itself.
        return Optional.of(new Statistics(nodes, attributes, 20, 4000));
    }
}
