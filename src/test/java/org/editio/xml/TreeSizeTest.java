package org.editio.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.tree.tiny.TinyNodeImpl;
import net.sf.saxon.tree.tiny.TinyTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document's tree keeps no unused room: its node and attribute arrays are as long as it has nodes and
 * attributes (Saxon's own sizing left 1.74 times the node slots on the Schnitzler letters), and it holds the
 * same document as a tree Saxon sizes itself, also for a file with more nodes than the room it was started with.
 */
class TreeSizeTest {
    private final Xml xml = Xml.create();

    @TempDir
    Path dir;

    @Test
    void treesOfRealDocumentsAreExactlySizedAndHoldTheDocument() throws Exception {
        List<Path> files = new ArrayList<>(List.of(Path.of("tei/wilson-112037.xml"), Path.of("tei/register.xml")));
        try (Stream<Path> s = Files.list(Path.of("../shared/corpus/schnitzler/letters"))) {
            s.sorted().limit(40).forEach(files::add);
        }
        try (Stream<Path> s = Files.list(Path.of("../shared/corpus/frus"))) {
            s.filter(f -> f.toString().endsWith(".xml")).sorted().forEach(files::add);
        }
        assertTrue(files.size() > 45, "files: " + files.size());
        for (Path f : files) {
            XdmNode doc = xml.parse(f, Whitespace.KEEP);
            TinyTree tree = tree(doc);
            assertEquals(tree.getNumberOfNodes(), tree.getNodeKindArray().length, f + ": node slots");
            assertEquals(tree.getNumberOfNodes(), tree.getNameCodeArray().length, f + ": node slots");
            assertEquals(tree.getNumberOfAttributes(), tree.getAttributeValueArray().length, f + ": attribute slots");
            assertEquals(sizedBySaxon(f), text(doc), f + ": the document");
        }
    }

    @Test
    void aFileLargerThanTheLimitIsLeftToSaxon() throws Exception {
        assertTrue(TreeSize.forFile(TreeSize.LARGEST).isPresent());
        assertTrue(TreeSize.forFile(TreeSize.LARGEST + 1).isEmpty());
        StringBuilder b = new StringBuilder("<r>");
        while (b.length() <= TreeSize.LARGEST) {
            b.append("<p n=\"").append(b.length()).append("\">some text of a paragraph</p>\n");
        }
        Path f = dir.resolve("large.xml");
        Files.writeString(f, b.append("</r>").toString());
        assertEquals(sizedBySaxon(f), text(xml.parse(f, Whitespace.KEEP)));
    }

    @Test
    void aFileDenserThanTheBoundGrowsItsTree() throws Exception {
        StringBuilder b = new StringBuilder("<r>");
        for (int i = 0; i < 5000; i++) {
            b.append("<a b=\"").append(i % 10).append("\"/>");
        }
        Path f = dir.resolve("dense.xml");
        Files.writeString(f, b.append("</r>").toString());
        assertTrue(Files.size(f) / 5002 < TreeSize.BYTES_PER_NODE, "more nodes than the bound");
        XdmNode doc = xml.parse(f, Whitespace.KEEP);
        assertEquals(5000, tree(doc).getNumberOfAttributes());
        assertEquals(sizedBySaxon(f), text(doc));
    }

    private static TinyTree tree(XdmNode doc) {
        return ((TinyNodeImpl) doc.getUnderlyingNode()).getTree();
    }

    private String sizedBySaxon(Path f) throws Exception {
        return text(xml.processor().newDocumentBuilder().build(f.toFile()));
    }

    private String text(XdmNode doc) throws Exception {
        Serializer s = xml.processor().newSerializer();
        s.setOutputProperty(Serializer.Property.METHOD, "xml");
        return s.serializeNodeToString(doc);
    }
}
