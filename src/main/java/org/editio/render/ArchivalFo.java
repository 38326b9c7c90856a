package org.editio.render;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Adds to any FO stream what PDF/A-2b and PDF/UA-1 need and a stylesheet may forget: document metadata as
 * XMP in {@code fo:declarations} (Dublin Core title and description as language alternatives, which FOP's
 * own XMP lacks), and an alternative description ({@code fox:alt-text}) on every link. Sits between the FO
 * stylesheet and FOP; one instance per rendering.
 */
final class ArchivalFo extends XMLFilterImpl {
    private static final String FO = "http://www.w3.org/1999/XSL/Format";
    private static final String FOX = "http://xmlgraphics.apache.org/fop/extensions";
    private static final String X = "adobe:ns:meta/";
    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";
    private static final Attributes NONE = new AttributesImpl();

    private final ContentHandler fop;
    private final PdfRenderer.Metadata meta;
    private final String language;
    private boolean afterMasters;
    private boolean done;
    /** The internal link being held, or null. */
    private Link link;

    /** The description of an internal link whose text is known only once laid out (LinkDescriptions). */
    static final String UNKNOWN_PLACE = "Go to a place in this document";

    ArchivalFo(ContentHandler fop, PdfRenderer.Metadata meta, String language) {
        this.fop = fop;
        setContentHandler(fop);
        this.meta = meta;
        this.language = language == null || language.isBlank() ? "x-default" : language;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
        if (afterMasters && !done) {
            done = true;
            if (FO.equals(uri) && local.equals("declarations")) {
                fop.startElement(uri, local, qName, atts);
                xmp();
                return;
            }
            fop.startElement(FO, "declarations", "fo:declarations", NONE);
            xmp();
            fop.endElement(FO, "declarations", "fo:declarations");
        }
        if (link != null) {
            link.startElement(uri, local, qName, atts);
            if (FO.equals(uri) && local.equals("page-number-citation")) {
                link.unknownText = true;
            }
            return;
        }
        if (FO.equals(uri) && local.equals("basic-link") && atts.getIndex(FOX, "alt-text") < 0) {
            String ext = atts.getValue("external-destination");
            if (ext == null || ext.isBlank()) {
                // described by its text, which follows: the link is held until its end
                link = new Link(uri, local, qName, atts);
                return;
            }
            AttributesImpl a = new AttributesImpl(atts);
            a.addAttribute(FOX, "alt-text", "fox:alt-text", "CDATA",
                    "Link to " + ext.replaceAll("^\\s*url\\(\\s*['\"]?|['\"]?\\s*\\)\\s*$", ""));
            fop.startElement(uri, local, qName, a);
            return;
        }
        fop.startElement(uri, local, qName, atts);
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
        if (link != null) {
            if (link.depth > 0) {
                link.endElement(uri, local, qName);
                return;
            }
            Link held = link;
            link = null;
            held.replay(fop);
            fop.endElement(uri, local, qName);
            return;
        }
        fop.endElement(uri, local, qName);
        if (FO.equals(uri) && local.equals("layout-master-set")) {
            afterMasters = true;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (link != null) {
            link.characters(ch, start, length);
        } else {
            fop.characters(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (link != null) {
            link.characters(ch, start, length);
        } else {
            fop.ignorableWhitespace(ch, start, length);
        }
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        pass(h -> h.processingInstruction(target, data));
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        pass(h -> h.startPrefixMapping(prefix, uri));
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        pass(h -> h.endPrefixMapping(prefix));
    }

    /** An event for FOP now, or, inside a held link, in its place when the link is let go. */
    private void pass(Event e) throws SAXException {
        if (link != null) {
            link.events.add(e);
        } else {
            e.to(fop);
        }
    }

    /**
     * An internal link held until its end: its description ("Go to" and its text) must be on its start tag.
     * A link whose text FOP makes (a page number) gets {@link #UNKNOWN_PLACE}; LinkDescriptions reads
     * those from the page.
     */
    private static final class Link {
        private final String uri;
        private final String local;
        private final String qName;
        private final Attributes atts;
        private final List<Event> events = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int depth;
        private boolean unknownText;

        Link(String uri, String local, String qName, Attributes atts) {
            this.uri = uri;
            this.local = local;
            this.qName = qName;
            this.atts = new AttributesImpl(atts);
        }

        void startElement(String u, String l, String q, Attributes a) {
            depth++;
            Attributes copy = new AttributesImpl(a);
            events.add(h -> h.startElement(u, l, q, copy));
        }

        void endElement(String u, String l, String q) {
            depth--;
            events.add(h -> h.endElement(u, l, q));
        }

        void characters(char[] ch, int start, int length) {
            String s = new String(ch, start, length);
            text.append(s);
            events.add(h -> h.characters(s.toCharArray(), 0, s.length()));
        }

        void replay(ContentHandler fop) throws SAXException {
            String words = text.toString().strip().replaceAll("\\s+", " ");
            AttributesImpl a = new AttributesImpl(atts);
            a.addAttribute(FOX, "alt-text", "fox:alt-text", "CDATA", unknownText || words.isEmpty() ? UNKNOWN_PLACE
                    : "Go to " + words);
            fop.startElement(uri, local, qName, a);
            for (Event e : events) {
                e.to(fop);
            }
        }
    }

    private interface Event {
        void to(ContentHandler h) throws SAXException;
    }

    private void xmp() throws SAXException {
        fop.startPrefixMapping("x", X);
        fop.startPrefixMapping("rdf", RDF);
        fop.startPrefixMapping("dc", DC);
        fop.startElement(X, "xmpmeta", "x:xmpmeta", NONE);
        fop.startElement(RDF, "RDF", "rdf:RDF", NONE);
        AttributesImpl about = new AttributesImpl();
        about.addAttribute(RDF, "about", "rdf:about", "CDATA", "");
        fop.startElement(RDF, "Description", "rdf:Description", about);
        alt("title", meta.title());
        alt("description", meta.subject());
        if (meta.author() != null && !meta.author().isBlank()) {
            list("creator", "Seq", List.of(meta.author()));
        }
        list("language", "Bag", List.of(language));
        fop.endElement(RDF, "Description", "rdf:Description");
        fop.endElement(RDF, "RDF", "rdf:RDF");
        fop.endElement(X, "xmpmeta", "x:xmpmeta");
        fop.endPrefixMapping("dc");
        fop.endPrefixMapping("rdf");
        fop.endPrefixMapping("x");
    }

    private void alt(String property, String value) throws SAXException {
        if (value == null || value.isBlank()) {
            return;
        }
        fop.startElement(DC, property, "dc:" + property, NONE);
        fop.startElement(RDF, "Alt", "rdf:Alt", NONE);
        AttributesImpl lang = new AttributesImpl();
        lang.addAttribute(XML, "lang", "xml:lang", "CDATA", "x-default");
        fop.startElement(RDF, "li", "rdf:li", lang);
        text(value);
        fop.endElement(RDF, "li", "rdf:li");
        fop.endElement(RDF, "Alt", "rdf:Alt");
        fop.endElement(DC, property, "dc:" + property);
    }

    private void list(String property, String kind, List<String> values) throws SAXException {
        fop.startElement(DC, property, "dc:" + property, NONE);
        fop.startElement(RDF, kind, "rdf:" + kind, NONE);
        for (String v : values) {
            fop.startElement(RDF, "li", "rdf:li", NONE);
            text(v);
            fop.endElement(RDF, "li", "rdf:li");
        }
        fop.endElement(RDF, kind, "rdf:" + kind);
        fop.endElement(DC, property, "dc:" + property);
    }

    private void text(String s) throws SAXException {
        fop.characters(s.toCharArray(), 0, s.length());
    }
}
