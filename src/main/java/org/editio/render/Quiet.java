package org.editio.render;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * FOP and XML Graphics log through commons-logging (java.util.logging here) to stderr. Everything that
 * matters reaches Editio as FOP events and becomes a located problem, so their log is switched off: users
 * see problems, not stack traces.
 */
final class Quiet {
    /** Held so that the configured loggers are not garbage-collected and reset. */
    private static final List<Logger> SILENCED = List.of(Logger.getLogger("org.apache.fop"),
            Logger.getLogger("org.apache.xmlgraphics"));

    private Quiet() {
    }

    static void silenceLibraryLogging() {
        for (Logger l : SILENCED) {
            l.setLevel(Level.OFF);
        }
    }
}
