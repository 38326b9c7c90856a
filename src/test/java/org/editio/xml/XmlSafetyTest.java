package org.editio.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.sf.saxon.s9api.SaxonApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;

/**
 * No DTD, external entity or network resource is ever read: a local server counts the connections that
 * the parser and Saxon make (there must be none).
 */
class XmlSafetyTest {
    @TempDir
    Path dir;

    @Test
    void stylesheetFunctionsCannotReachTheNetwork() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/x.xml";
            Xml xml = Xml.create();
            for (String expr : new String[] {"doc('" + url + "')", "unparsed-text('" + url + "')", "doc-available('" + url + "')"}) {
                try {
                    xml.processor().newXPathCompiler().evaluate(expr, null);
                } catch (SaxonApiException expected) {
                    // refused: that is the point
                }
            }
            assertNoConnection(server);
        }
    }

    @Test
    void externalEntitiesAndDtdsAreNeitherFetchedNorExpanded() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/evil.dtd";
            Path doc = dir.resolve("xxe.xml");
            Files.writeString(doc, "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI SYSTEM \"" + url + "\">\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"/>\n");
            SAXException e = assertThrows(SAXException.class, () -> Xml.create().parse(doc));
            assertTrue(e instanceof RefusedInput, e.toString());
            assertEquals("xml-doctype", ((RefusedInput) e).code());
            assertNoConnection(server);
        }
    }

    @Test
    void billionLaughsIsRefusedQuickly() throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE TEI [<!ENTITY a \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY ").append((char) ('a' + i)).append(" \"");
            dtd.append(("&" + (char) ('a' + i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        Path doc = dir.resolve("laughs.xml");
        Files.writeString(doc, dtd + "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">&j;</TEI>");
        assertThrows(SAXException.class, () -> Xml.create().parse(doc));
    }

    private static void assertNoConnection(ServerSocket server) throws IOException {
        server.setSoTimeout(200);
        try {
            server.accept().close();
            throw new AssertionError("a network connection was made");
        } catch (SocketTimeoutException expected) {
            // nobody connected
        }
    }
}
