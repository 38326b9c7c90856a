package org.editio.xml;

import java.util.regex.Pattern;
import org.editio.problem.Codes;
import org.xml.sax.SAXParseException;

/**
 * The reader's limits (see {@link SecureReaders}: element depth, attribute size, …), which keep the
 * memory a document can take bounded, and the located refusal when a document exceeds one. Stateless.
 */
final class Limits {
    /** Deeper than this, a document is refused; TEI documents rarely nest more than a few dozen levels. */
    static final int MAX_ELEMENT_DEPTH = 2000;
    /** Longer attribute values than this are refused. */
    static final int MAX_ATTRIBUTE_SIZE = 4 * 1024 * 1024;
    /** Woodstox's wording of every limit: "Maximum Element Depth limit (2000) Exceeded". */
    private static final Pattern WOODSTOX = Pattern.compile("(?i)^maximum .*limit.*exceeded");

    private Limits() {
    }

    static boolean isLimit(Exception e) {
        return e instanceof SAXParseException && e.getMessage() != null && WOODSTOX.matcher(e.getMessage()).find();
    }

    static RefusedInput refusal(SAXParseException e) {
        String m = e.getMessage().lines().findFirst().orElse("").strip();
        return new RefusedInput(Codes.XML_LIMIT, "the document exceeds a limit Editio sets to bound the memory a "
                + "document takes: " + m, e.getLineNumber(), e.getColumnNumber());
    }
}
