package org.editio.transform;

import net.sf.saxon.s9api.XmlProcessingError;

/**
 * Collects the errors Saxon finds while compiling a stylesheet, with their locations, so that the setup
 * error names them instead of Saxon printing them to stderr. One per compilation (stylesheets may be
 * compiled on several threads at once); synchronised for safety.
 */
final class CompileErrors implements net.sf.saxon.lib.ErrorReporter {
    private final StringBuilder text = new StringBuilder();

    @Override
    public synchronized void report(XmlProcessingError error) {
        if (error.isWarning()) {
            return;
        }
        var loc = error.getLocation();
        text.append("  ").append(loc == null || loc.getSystemId() == null ? "" : loc.getSystemId() + ":" + loc.getLineNumber()
                + ":" + loc.getColumnNumber() + ": ").append(error.getMessage()).append('\n');
    }

    synchronized String drain() {
        String s = text.toString();
        text.setLength(0);
        return s;
    }
}
