package org.editio.render;

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
        if (FO.equals(uri) && local.equals("basic-link") && atts.getIndex(FOX, "alt-text") < 0) {
            AttributesImpl a = new AttributesImpl(atts);
            a.addAttribute(FOX, "alt-text", "fox:alt-text", "CDATA", describe(atts));
            fop.startElement(uri, local, qName, a);
            return;
        }
        fop.startElement(uri, local, qName, atts);
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
        fop.endElement(uri, local, qName);
        if (FO.equals(uri) && local.equals("layout-master-set")) {
            afterMasters = true;
        }
    }

    /** "Link to https://…" or "Go to a place in this document". */
    private static String describe(Attributes atts) {
        String ext = atts.getValue("external-destination");
        if (ext != null && !ext.isBlank()) {
            return "Link to " + ext.replaceAll("^\\s*url\\(\\s*['\"]?|['\"]?\\s*\\)\\s*$", "");
        }
        return "Go to a place in this document";
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
