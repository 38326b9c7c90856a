package org.editio.xml;

import java.util.List;
import org.editio.problem.Codes;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.ext.LexicalHandler;

/**
 * Sends one parse's SAX events to several handlers (the Saxon tree builder and a validator), so a
 * document is read once. Refuses DOCTYPE declarations with a located error. One instance per parse.
 */
final class Tee implements ContentHandler, LexicalHandler {
    private final List<ContentHandler> targets;
    private Locator locator;

    Tee(List<ContentHandler> targets) {
        this.targets = targets;
    }

    @Override
    public void setDocumentLocator(Locator l) {
        locator = l;
        for (ContentHandler h : targets) {
            h.setDocumentLocator(l);
        }
    }

    @Override
    public void startDocument() throws SAXException {
        for (ContentHandler h : targets) {
            h.startDocument();
        }
    }

    @Override
    public void endDocument() throws SAXException {
        for (ContentHandler h : targets) {
            h.endDocument();
        }
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        for (ContentHandler h : targets) {
            h.startPrefixMapping(prefix, uri);
        }
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        for (ContentHandler h : targets) {
            h.endPrefixMapping(prefix);
        }
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
        for (ContentHandler h : targets) {
            h.startElement(uri, local, qName, atts);
        }
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
        for (ContentHandler h : targets) {
            h.endElement(uri, local, qName);
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        for (ContentHandler h : targets) {
            h.characters(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        for (ContentHandler h : targets) {
            h.ignorableWhitespace(ch, start, length);
        }
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        for (ContentHandler h : targets) {
            h.processingInstruction(target, data);
        }
    }

    @Override
    public void skippedEntity(String name) throws SAXException {
        throw new RefusedInput(Codes.XML_ENTITY, "the entity reference &" + name + "; cannot be resolved: Editio reads no DTDs", locator);
    }

    @Override
    public void startDTD(String name, String publicId, String systemId) throws SAXException {
        throw new RefusedInput(Codes.XML_DOCTYPE, "DOCTYPE declarations are not allowed: Editio reads no DTDs or external entities; remove the DOCTYPE", locator);
    }

    @Override
    public void endDTD() {
    }

    @Override
    public void startEntity(String name) {
    }

    @Override
    public void endEntity(String name) {
    }

    @Override
    public void startCDATA() throws SAXException {
        for (ContentHandler h : targets) {
            if (h instanceof LexicalHandler lh) {
                lh.startCDATA();
            }
        }
    }

    @Override
    public void endCDATA() throws SAXException {
        for (ContentHandler h : targets) {
            if (h instanceof LexicalHandler lh) {
                lh.endCDATA();
            }
        }
    }

    @Override
    public void comment(char[] ch, int start, int length) throws SAXException {
        for (ContentHandler h : targets) {
            if (h instanceof LexicalHandler lh) {
                lh.comment(ch, start, length);
            }
        }
    }
}
