package org.editio.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.editio.pipeline.Progress;

/**
 * Shows a long build's progress on stderr. On a terminal: one line rewritten in place with documents
 * done / total, rate and time left. Elsewhere (CI logs): plain lines, at most one per tenth of a phase,
 * and nothing for runs of fewer than {@link #QUIET_BELOW} documents. Thread-safe.
 */
final class ProgressPrinter implements Progress {
    static final int QUIET_BELOW = 50;

    private final PrintWriter err;
    private final boolean terminal;
    private final LongSupplier nanos;
    private String phase = "";
    private long started;
    private int startedAt;
    private int lastTenth;

    ProgressPrinter(PrintWriter err, boolean terminal, LongSupplier nanos) {
        this.err = err;
        this.terminal = terminal;
        this.nanos = nanos;
    }

    @Override
    public synchronized void advanced(String phase, int done, int total) {
        if (total < QUIET_BELOW) {
            return;
        }
        if (!phase.equals(this.phase)) {
            this.phase = phase;
            started = nanos.getAsLong();
            startedAt = done;
            lastTenth = 0;
        }
        double seconds = (nanos.getAsLong() - started) / 1e9;
        double rate = seconds > 0 ? (done - startedAt) / seconds : 0;
        long left = rate > 0 ? Math.round((total - done) / rate) : 0;
        String line = rate > 0
                ? String.format(Locale.ROOT, "editio: %s %d/%d documents, %.1f/s, %s left", phase, done, total, rate, clock(left))
                : String.format(Locale.ROOT, "editio: %s %d/%d documents", phase, done, total);
        if (terminal) {
            err.print("\r" + line + "   ");
            if (done == total) {
                err.println();
            }
            err.flush();
            return;
        }
        int tenth = done * 10 / total;
        if (tenth > lastTenth) {
            lastTenth = tenth;
            err.println(line);
            err.flush();
        }
    }

    private static String clock(long seconds) {
        return seconds >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, seconds % 3600 / 60)
                : String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
    }
}
