package org.editio.problem;

/**
 * The stable problem codes raised by Editio itself. Schematron rules add their own ids (see
 * schemas/editio.sch); stylesheets raise theirs through {@code editio:problem} messages. What each code
 * means and what to do about it is in {@link CodeCatalog}, for all three sources.
 */
public final class Codes {
    /** The file is not well-formed XML (or uses a DOCTYPE, which Editio refuses). */
    public static final String XML_MALFORMED = "xml-malformed";
    /** The file has a DOCTYPE declaration: Editio reads no DTDs and expands no entities they declare. */
    public static final String XML_DOCTYPE = "xml-doctype";
    /** An entity reference that cannot be resolved because Editio reads no DTDs. */
    public static final String XML_ENTITY = "xml-entity";
    /**
     * The bytes are not text in the encoding the file declares (or UTF-8, the default), the declared
     * encoding is unknown, or the file is binary; located at the first byte that does not decode.
     */
    public static final String XML_ENCODING = "xml-encoding";
    /** The document exceeds one of the reader's limits (element depth, attribute size), set to bound memory. */
    public static final String XML_LIMIT = "xml-limit";
    /** The file is larger than Editio publishes ({@code Validation.MAX_DOCUMENT_BYTES}); split it. */
    public static final String DOCUMENT_TOO_LARGE = "document-too-large";
    /** The file could not be read at all. */
    public static final String IO = "io";
    /** The root element is not TEI. */
    public static final String NOT_TEI = "not-tei";
    /** RelaxNG validation failed. */
    public static final String RNG = "rng";
    /** Two documents share an id, so their pages would overwrite each other. */
    public static final String DUPLICATE_DOCUMENT_ID = "duplicate-document-id";
    /** A Schematron assertion without an id failed. */
    public static final String SCHEMATRON = "schematron";
    /** The Schematron rules could not run on a document. */
    public static final String SCHEMATRON_FAILED = "schematron-failed";
    /** A stylesheet's editio:problem message named no code. */
    public static final String STYLESHEET = "stylesheet";
    /** A stylesheet's xsl:message that is not an editio:problem. */
    public static final String STYLESHEET_MESSAGE = "stylesheet-message";
    /** The HTML transformation failed. */
    public static final String HTML_FAILED = "html-failed";
    /** The FO transformation or PDF rendering failed. */
    public static final String PDF_FAILED = "pdf-failed";
    /** A character has no glyph in the PDF fonts. */
    public static final String GLYPH_MISSING = "glyph-missing";
    /** Content does not fit where FOP must put it and would be clipped. */
    public static final String CONTENT_OVERFLOW = "content-overflow";
    /** An image or other resource the PDF needs was not found. */
    public static final String RESOURCE_MISSING = "resource-missing";
    /** A TEI element the stylesheets have no rule for (rendered generically). */
    public static final String UNHANDLED_ELEMENT = "unhandled-element";

    /** A file has more problems than are listed (the limit is --max-problems, 100 by default). */
    public static final String TOO_MANY_PROBLEMS = "too-many-problems";

    /** A source has errors now; the pages of its last good version stay published. */
    public static final String KEPT_LAST_GOOD = "kept-last-good";

    /** The project's tei/ folder holds no documents. */
    public static final String NO_DOCUMENTS = "no-documents";
    /** A symbolic link in tei/ was not followed (its target may lie outside the project). */
    public static final String SOURCE_LINK = "source-link";
    /** The edition's sources are too large for its volume (one PDF laid out at once); it is not made. */
    public static final String VOLUME_TOO_LARGE = "volume-too-large";
    /** The search index could not be built. */
    public static final String SEARCH_INDEX = "search-index";

    private Codes() {
    }
}
