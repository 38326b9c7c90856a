package org.editio.pipeline;

import java.util.Map;

/**
 * One HTML page to write for a document: the document itself, one part of a multi-document file, the
 * contents page of such a file, or the register. Immutable.
 *
 * @param href   the page's file name in site/
 * @param kind   which stylesheet entry makes it
 * @param config the stylesheets' configuration map for this page
 */
record Page(Document document, String href, Kind kind, Map<String, String> config) {
    enum Kind { DOCUMENT, PART, VOLUME, REGISTER }
}
