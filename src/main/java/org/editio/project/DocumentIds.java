package org.editio.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.editio.xml.Xml;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The xml:id of each document's root element, read through the secure reader up to the first start tag
 * only. Files that cannot be read or have no id are skipped: they take no id. Stateless.
 */
final class DocumentIds {
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private DocumentIds() {
    }

    static List<String> of(List<Path> files) {
        List<String> ids = new ArrayList<>();
        for (Path f : files) {
            String id = rootId(f);
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    static String rootId(Path file) {
        RootOnly handler = new RootOnly();
        XMLReader reader = Xml.newReader();
        reader.setContentHandler(handler);
        try (InputStream in = Files.newInputStream(file)) {
            InputSource src = new InputSource(in);
            src.setSystemId(file.toUri().toString());
            reader.parse(src);
        } catch (IOException | SAXException e) {
            // the parse ends with Found (possibly wrapped by the reader) once the root is seen
            return handler.seen ? handler.id : null;
        }
        return handler.id;
    }

    /** Stops the parse at the root's start tag. */
    private static final class Found extends SAXException {
        private static final long serialVersionUID = 1L;
    }

    private static final class RootOnly extends DefaultHandler {
        String id;
        boolean seen;

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
            seen = true;
            id = atts.getValue(XML_NS, "id");
            throw new Found();
        }
    }
}
