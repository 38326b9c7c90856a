package org.editio.render;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Sits between the FO stylesheet and FOP. The stylesheet marks each FO element made from a TEI element
 * with {@code editio:src} (the TEI node's {@code path()}); this handler strips the mark and gives FOP a
 * locator that names the TEI file, line and column instead of the stylesheet's, so FOP's events point
 * into the editor's document. One instance per rendering; not thread-safe.
 */
final class SourceLocations extends XMLFilterImpl implements Locator {
    static final String NS = "urn:editio";

    private final ContentHandler fop;
    private final String systemId;
    private final PdfRenderer.SourceMap map;
    private final Deque<int[]> open = new ArrayDeque<>();
    private final Map<String, int[]> cache = new HashMap<>();

    SourceLocations(ContentHandler fop, String systemId, PdfRenderer.SourceMap map) {
        this.fop = fop;
        setContentHandler(fop);
        this.systemId = systemId;
        this.map = map;
    }

    @Override
    public void setDocumentLocator(Locator stylesheetLocator) {
        fop.setDocumentLocator(this);
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
        int at = atts.getIndex(NS, "src");
        if (at < 0) {
            open.push(open.isEmpty() ? new int[] {0, 0} : open.peek());
            fop.startElement(uri, local, qName, atts);
            return;
        }
        open.push(cache.computeIfAbsent(atts.getValue(at), map::locate));
        AttributesImpl rest = new AttributesImpl(atts);
        rest.removeAttribute(at);
        fop.startElement(uri, local, qName, rest);
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
        fop.endElement(uri, local, qName);
        open.pop();
    }

    @Override
    public String getPublicId() {
        return null;
    }

    @Override
    public String getSystemId() {
        return systemId;
    }

    @Override
    public int getLineNumber() {
        return open.isEmpty() ? 0 : open.peek()[0];
    }

    @Override
    public int getColumnNumber() {
        return open.isEmpty() ? 0 : open.peek()[1];
    }
}
