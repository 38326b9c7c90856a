package org.editio.render;

import java.util.HashMap;
import java.util.Map;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads FOP's area tree as FOP writes it, SAX event by SAX event, and keeps for each FO id the label of
 * the first page holding an area of it: {@code <pageViewport formatted-nr="12">} is a page as numbered in
 * print, and every area an FO object with an id produces carries that id as {@code prod-id}. Nested
 * objects each have their own areas, so an id counts even when all its content belongs to an inner object
 * with an id of its own (which FOP's intermediate format would not show). The rest of the stream is
 * dropped at once, so a volume of any length needs memory only for its ids. One instance per rendering;
 * not thread-safe.
 */
final class PageLabels extends DefaultHandler {
    private final Map<String, String> labels = new HashMap<>();
    private String page = "";

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts) {
        if (local.equals("pageViewport")) {
            String label = atts.getValue("formatted-nr");
            page = label == null ? "" : label;
            return;
        }
        String id = atts.getValue("prod-id");
        if (id != null && !id.isEmpty() && !page.isEmpty()) {
            labels.putIfAbsent(id, page);
        }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
        if (local.equals("pageViewport")) {
            page = "";
        }
    }

    /** Each id seen, with the label of its first page. */
    Map<String, String> labels() {
        return Map.copyOf(labels);
    }
}
