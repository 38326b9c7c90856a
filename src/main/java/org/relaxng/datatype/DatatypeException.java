package org.relaxng.datatype;

/**
 * The RELAX NG datatype library's exception, in place of the class of the same name that Jing's jar bundles
 * (Editio's jar leaves that one out, see pom.xml): the same public API, without a stack trace. Jing's XML
 * Schema datatypes throw one for every value a type does not allow, also while they try each type of a
 * choice (TEI's dates are xsd:date, xsd:gYear, xsd:gYearMonth … in turn), so that valid documents throw
 * them too; filling in each one's stack trace was most of what they cost (docs/benchmarks.md). Nothing reads
 * the trace: Jing reports the message and the index.
 */
public class DatatypeException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The index when the position of the error in the value is not known. */
    public static final int UNKNOWN = -1;

    private final int index;

    public DatatypeException(int index, String message) {
        super(message);
        this.index = index;
    }

    public DatatypeException(String message) {
        this(UNKNOWN, message);
    }

    public DatatypeException() {
        this(UNKNOWN, null);
    }

    /** Where in the value the error is (a character index), or {@link #UNKNOWN}. */
    public int getIndex() {
        return index;
    }

    /** No stack trace is recorded (see the class comment). */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
