package org.editio.xml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.sf.saxon.s9api.XPathSelector;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The path walker finds, for every node of real documents, the node whose {@code fn:path()} it is given,
 * as Saxon's own evaluation of that path does.
 */
class PathLocatorTest {
    private final Xml xml = Xml.create();

    @TempDir
    Path dir;

    @Test
    void everyNodeOfTheSampleAndACorpusLetterIsFoundFromItsPath() throws Exception {
        Path letter = Path.of("../shared/corpus/schnitzler/letters/L00001.xml");
        for (Path file : List.of(Path.of("tei/wilson-112037.xml"), Path.of("tei/register.xml"), letter)) {
            assertEveryNodeFound(xml.parse(file));
        }
    }

    @Test
    void namespacesCommentsInstructionsAndNoNamespaceElementsAreWalked() throws Exception {
        Path f = dir.resolve("mixed.xml");
        Files.writeString(f, "<?xml-model href=\"a.rng\"?><!--c--><r xmlns:x=\"urn:x\">\n"
                + "  <a>one<!--two--><?pi data?>three</a>\n  <x:b x:at=\"1\" plain=\"2\"><a/><a>\n<c/></a></x:b>\n</r>");
        XdmNode doc = xml.parse(f);
        int checked = assertEveryNodeFound(doc);
        assertTrue(checked > 12, "nodes checked: " + checked);
        assertArrayEquals(new int[] {3, 31}, xml.locate(doc, "/Q{}r[1]/Q{urn:x}b[1]/Q{}a[2]"));
        assertArrayEquals(new int[] {3, 3}, xml.locate(doc, "/Q{}r[1]/Q{urn:x}b[1]/@Q{urn:x}at"),
                "an attribute is located at its element");
    }

    @Test
    void otherPathsAreEvaluatedAndNamelessOnesGiveZeros() throws Exception {
        Path f = dir.resolve("p.xml");
        Files.writeString(f, "<r>\n<a/>\n<a/></r>");
        XdmNode doc = xml.parse(f);
        assertEquals(3, xml.locate(doc, "/r/a[2]")[0], "names without Q{} are in no namespace");
        assertNull(PathLocator.walk(doc, "/r/a[last()]"), "not fn:path()'s form");
        assertEquals(3, xml.locate(doc, "/r/a[last()]")[0], "evaluated as XPath instead");
        assertArrayEquals(new int[] {0, 0}, xml.locate(doc, "/Q{}r[1]/Q{}a[3]"));
        assertArrayEquals(new int[] {0, 0}, xml.locate(doc, "not a path ]["));
        assertArrayEquals(new int[] {0, 0}, xml.locate(doc, ""));
    }

    /** For each node: path() as Saxon writes it, walked, is that very node. Returns how many were checked. */
    private int assertEveryNodeFound(XdmNode doc) throws Exception {
        XPathSelector all = xml.processor().newXPathCompiler()
                .compile("(//node() | //@*) ! map{'node': ., 'path': path(.)}").load();
        all.setContextItem(doc);
        int n = 0;
        for (XdmItem item : all.evaluate()) {
            var map = (net.sf.saxon.s9api.XdmMap) item;
            XdmNode node = (XdmNode) map.get("node");
            String path = map.get("path").itemAt(0).getStringValue();
            XdmNode found = PathLocator.walk(doc, path);
            assertNotNull(found, path);
            assertEquals(node.getUnderlyingNode(), found.getUnderlyingNode(), path);
            n++;
        }
        return n;
    }
}
