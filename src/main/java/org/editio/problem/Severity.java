package org.editio.problem;

/** How bad a {@link Problem} is. Errors stop a document from being published; warnings do not. */
public enum Severity {
    ERROR, WARNING;

    /** The word printed in {@code path:line:col: error: message}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
