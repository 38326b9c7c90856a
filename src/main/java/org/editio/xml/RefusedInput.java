package org.editio.xml;

import org.xml.sax.Locator;
import org.xml.sax.SAXParseException;

/**
 * Well-formed input that Editio refuses on principle (a DOCTYPE, an entity it will not expand), with a
 * location and a stable problem code.
 */
public final class RefusedInput extends SAXParseException {
    private static final long serialVersionUID = 1L;
    private final String code;

    RefusedInput(String code, String message, Locator where) {
        super(message, where);
        this.code = code;
    }

    RefusedInput(String code, String message, int line, int column) {
        super(message, null, null, line, column);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
