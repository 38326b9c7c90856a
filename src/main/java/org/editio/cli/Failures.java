package org.editio.cli;

import org.editio.problem.SetupException;

/** One line for an exception that reaches the command line: no stack trace for users. */
final class Failures {
    private Failures() {
    }

    static String describe(Throwable e) {
        if (e instanceof SetupException) {
            return e.getMessage();
        }
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return "internal error: " + (m == null ? t.getClass().getSimpleName() : m);
    }
}
