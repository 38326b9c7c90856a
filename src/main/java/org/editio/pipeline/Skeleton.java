package org.editio.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import net.sf.saxon.om.AxisInfo;
import net.sf.saxon.om.NodeInfo;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.tree.iter.AxisIterator;
import net.sf.saxon.type.Type;

/**
 * The hash of a document's element structure: every element's namespace and name (with its prefix), its
 * depth, the names of its attributes and the value of its {@code type}, in document order; no text, no other attribute
 * value. Everything the guidelines page reads from the documents to count uses and choose its examples
 * (common/schema.xsl: an element's name, parent, place, attributes and type) is in it; the examples' own
 * content is not, so the page's key adds the bytes of the documents its examples come from
 * ({@link GuidelinesPage}).
 */
final class Skeleton {
    private Skeleton() {
    }

    static String of(XdmNode document) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        StringBuilder b = new StringBuilder(4096);
        walk(document.getUnderlyingNode(), 0, b, md);
        md.update(b.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(md.digest());
    }

    private static void walk(NodeInfo parent, int depth, StringBuilder b, MessageDigest md) {
        AxisIterator children = parent.iterateAxis(AxisInfo.CHILD);
        for (NodeInfo n; (n = children.next()) != null; ) {
            if (n.getNodeKind() != Type.ELEMENT) {
                continue;
            }
            b.append(depth).append(' ').append(n.getURI()).append(' ').append(n.getDisplayName());
            List<String> atts = new ArrayList<>();
            AxisIterator ai = n.iterateAxis(AxisInfo.ATTRIBUTE);
            String type = null;
            for (NodeInfo a; (a = ai.next()) != null; ) {
                atts.add(a.getURI() + ' ' + a.getDisplayName());
                if (a.getURI().isEmpty() && a.getLocalPart().equals("type")) {
                    type = a.getStringValue();
                }
            }
            atts.sort(null);
            for (String a : atts) {
                b.append(" @").append(a);
            }
            if (type != null) {
                b.append(" =").append(type.replace('\n', ' '));
            }
            b.append('\n');
            if (b.length() > 64_000) {
                md.update(b.toString().getBytes(StandardCharsets.UTF_8));
                b.setLength(0);
            }
            walk(n, depth + 1, b, md);
        }
    }
}
