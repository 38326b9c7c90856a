package org.editio.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.transform.sax.TransformerHandler;
import javax.xml.transform.stream.StreamResult;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * For the benchmark ({@link PdfRenderer#captureFo}): passes the FO on to FOP unchanged and writes the
 * same events to a file, so that FOP alone can later be timed on exactly the FO Editio gave it. One
 * instance per rendering; not thread-safe; {@link #close} releases the file whatever happened.
 */
final class FoCapture extends XMLFilterImpl implements AutoCloseable {
    private static final String FOX = "http://xmlgraphics.apache.org/fop/extensions";

    private final OutputStream file;
    private final TransformerHandler copy;
    private int depth;

    private FoCapture(ContentHandler fop, OutputStream file, TransformerHandler copy) {
        setContentHandler(fop);
        this.file = file;
        this.copy = copy;
    }

    /** A capture into {@code dir/name}, forwarding to {@code fop}. */
    static FoCapture into(Path dir, String name, ContentHandler fop) throws IOException {
        Files.createDirectories(dir);
        OutputStream out = Files.newOutputStream(dir.resolve(name));
        try {
            TransformerHandler h = new net.sf.saxon.TransformerFactoryImpl().newTransformerHandler();
            h.setResult(new StreamResult(out));
            return new FoCapture(fop, out, h);
        } catch (RuntimeException e) {
            out.close();
            throw new IOException("cannot write " + dir.resolve(name) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        file.close();
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        copy.setDocumentLocator(locator);
        super.setDocumentLocator(locator);
    }

    @Override
    public void startDocument() throws SAXException {
        copy.startDocument();
        super.startDocument();
    }

    @Override
    public void endDocument() throws SAXException {
        copy.endDocument();
        super.endDocument();
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        copy.startPrefixMapping(prefix, uri);
        super.startPrefixMapping(prefix, uri);
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        copy.endPrefixMapping(prefix);
        super.endPrefixMapping(prefix);
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
        if (depth++ == 0) {
            // ArchivalFo adds fox:alt-text without declaring the prefix (FOP does not mind; a file would).
            copy.startPrefixMapping("fox", FOX);
        }
        copy.startElement(uri, local, qName, atts);
        super.startElement(uri, local, qName, atts);
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
        copy.endElement(uri, local, qName);
        if (--depth == 0) {
            copy.endPrefixMapping("fox");
        }
        super.endElement(uri, local, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        copy.characters(ch, start, length);
        super.characters(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        copy.ignorableWhitespace(ch, start, length);
        super.ignorableWhitespace(ch, start, length);
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        copy.processingInstruction(target, data);
        super.processingInstruction(target, data);
    }
}
