package org.editio.xml;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.sax.WstxSAXParserFactory;
import com.ctc.wstx.stax.WstxInputFactory;
import javax.xml.stream.XMLInputFactory;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Makes Woodstox SAX readers with DTDs and external entities off and sane size limits. A new reader per
 * parse: readers are not thread-safe, the factory is.
 */
final class SecureReaders {
    private static final WstxSAXParserFactory FACTORY = newFactory();

    private SecureReaders() {
    }

    private static WstxSAXParserFactory newFactory() {
        WstxInputFactory stax = new WstxInputFactory();
        stax.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        stax.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        stax.setProperty(XMLInputFactory.IS_VALIDATING, Boolean.FALSE);
        stax.setProperty(WstxInputProperties.P_MAX_ENTITY_DEPTH, 1);
        stax.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, Limits.MAX_ELEMENT_DEPTH);
        stax.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, Limits.MAX_ATTRIBUTE_SIZE);
        stax.setXMLResolver((publicId, systemId, baseUri, ns) -> {
            throw new javax.xml.stream.XMLStreamException("external resource refused: " + systemId);
        });
        WstxSAXParserFactory f = new WstxSAXParserFactory(stax);
        f.setNamespaceAware(true);
        return f;
    }

    static XMLReader newReader() {
        try {
            XMLReader r = FACTORY.newSAXParser().getXMLReader();
            r.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity refused: " + systemId);
            });
            return r;
        } catch (SAXException e) {
            throw new IllegalStateException("cannot create the XML reader", e);
        }
    }
}
