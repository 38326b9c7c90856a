package org.editio.validate;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;

/**
 * Passes SAX events to Jing's validator until the document's problem collector is full; after that the
 * validator hears nothing more, so a document far from the schema (hundreds of problems, most of them
 * consequences of the first) costs no more time or memory than the limit allows. One per document.
 */
final class UntilFull implements ContentHandler {
    private final ContentHandler validator;
    private final ProblemCollector problems;

    UntilFull(ContentHandler validator, ProblemCollector problems) {
        this.validator = validator;
        this.problems = problems;
    }

    private boolean open() {
        return !problems.full();
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        validator.setDocumentLocator(locator);
    }

    @Override
    public void startDocument() throws SAXException {
        validator.startDocument();
    }

    @Override
    public void endDocument() throws SAXException {
        if (open()) {
            validator.endDocument();
        }
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        if (open()) {
            validator.startPrefixMapping(prefix, uri);
        }
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        if (open()) {
            validator.endPrefixMapping(prefix);
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        if (open()) {
            validator.startElement(uri, localName, qName, atts);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (open()) {
            validator.endElement(uri, localName, qName);
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (open()) {
            validator.characters(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (open()) {
            validator.ignorableWhitespace(ch, start, length);
        }
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        if (open()) {
            validator.processingInstruction(target, data);
        }
    }

    @Override
    public void skippedEntity(String name) throws SAXException {
        if (open()) {
            validator.skippedEntity(name);
        }
    }
}
