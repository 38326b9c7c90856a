package org.editio.xml;

import net.sf.saxon.tree.tiny.TinyTree;
import net.sf.saxon.type.Type;

/**
 * The arrays of a Saxon tiny tree (as Editio parses), for code that reads a subtree in document order without
 * making node objects: the element uses counted for the guidelines page, the entry cache's keys. Node {@code i}
 * has kind {@code kind[i]}, depth {@code depth[i]} and name code {@code nameCode[i]}; an element's attributes
 * are {@code alpha[i]} onwards while {@code attParent} names it; a whitespace text node's characters are
 * {@code alpha[i]} and {@code beta[i]} as one long (Saxon's compressed whitespace). A view: the tree must not
 * change while it is read.
 */
public record TinyArrays(TinyTree tree, byte[] kind, short[] depth, int[] nameCode, int[] alpha, int[] beta,
        int[] attParent, int[] attCode, String[] attValue, int attributes, int nodes) {

    /** The arrays of {@code tree}. */
    public static TinyArrays of(TinyTree tree) {
        return new TinyArrays(tree, tree.getNodeKindArray(), tree.getNodeDepthArray(), tree.getNameCodeArray(),
                tree.getAlphaArray(), tree.getBetaArray(), tree.getAttributeParentArray(), tree.getAttributeNameCodeArray(),
                tree.getAttributeValueArray(), tree.getNumberOfAttributes(), tree.getNumberOfNodes());
    }

    /**
     * The node after {@code i} in document order that is still inside the subtree of node {@code top}, past
     * the parent pointers Saxon keeps between nodes; -1 after the subtree's last node. A walk over the subtree:
     * {@code for (int i = top; i >= 0; i = next(i, top))}.
     */
    public int next(int i, int top) {
        for (int n = i + 1; n < nodes; n++) {
            if (kind[n] == Type.PARENT_POINTER) {
                continue;
            }
            return kind[n] == Type.STOPPER || depth[n] <= depth[top] ? -1 : n;
        }
        return -1;
    }
}
