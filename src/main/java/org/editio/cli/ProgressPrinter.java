package org.editio.cli;

import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.editio.pipeline.Progress;

/**
 * Shows a long build's progress on stderr. On a terminal: one line rewritten in place with documents
 * done / total, rate and time left. Elsewhere (CI logs): plain lines, at most one per tenth of a phase,
 * and nothing for runs of fewer than {@link #QUIET_BELOW} documents. The rate, and the time left worked out
 * from it, are those of the last {@link #WINDOW_SECONDS} seconds (and at least {@link #WINDOW_DOCUMENTS}
 * documents): a build's first pages are slow while the JVM compiles, and the rate since the phase's start kept
 * the time left at about twice what it was (the 4,420 letters' pages, at 1,326 of them: "24 s left" with 11 s to
 * go; now "15 s left" with 10 s to go, as the rate still grows while the pages go on). The line is made only
 * when it is shown: on a terminal at most every {@link #REDRAW_NANOS} (and at the end), in a log once a tenth.
 * Thread-safe.
 */
final class ProgressPrinter implements Progress {
    static final int QUIET_BELOW = 50;
    static final long WINDOW_SECONDS = 3;
    static final int WINDOW_DOCUMENTS = 10;
    /** A terminal's line is redrawn at most this often: ten times a second. */
    static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final LongSupplier nanos;
    private String phase = "";
    private int lastTenth;
    private long lastDrawn;
    /** The phase's (time, documents done) samples from the oldest still in the window on. */
    private final ArrayDeque<long[]> window = new ArrayDeque<>();

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
        long now = nanos.getAsLong();
        if (!phase.equals(this.phase)) {
            this.phase = phase;
            window.clear();
            lastTenth = 0;
            lastDrawn = Long.MIN_VALUE;
        }
        window.addLast(new long[] {now, done});
        // The oldest sample goes once the next one is old enough, and far enough back, to measure from.
        while (window.size() > 2) {
            Iterator<long[]> samples = window.iterator();
            samples.next();
            long[] next = samples.next();
            if (now - next[0] < WINDOW_SECONDS * 1_000_000_000L || done - next[1] < WINDOW_DOCUMENTS) {
                break;
            }
            window.removeFirst();
        }
        if (terminal) {
            if (done != total && lastDrawn != Long.MIN_VALUE && now - lastDrawn < REDRAW_NANOS) {
                return;
            }
            lastDrawn = now;
            err.print("\r" + line(phase, done, total, now) + "   ");
            if (done == total) {
                err.println();
            }
            err.flush();
            return;
        }
        int tenth = done * 10 / total;
        if (tenth > lastTenth) {
            lastTenth = tenth;
            err.println(line(phase, done, total, now));
            err.flush();
        }
    }

    /** The progress line: documents done, and the window's rate and the time left worked out from it. */
    private String line(String phase, int done, int total, long now) {
        long[] from = window.peekFirst();
        double seconds = (now - from[0]) / 1e9;
        double rate = seconds > 0 ? (done - from[1]) / seconds : 0;
        long left = rate > 0 ? Math.round((total - done) / rate) : 0;
        return rate > 0
                ? String.format(Locale.ROOT, "editio: %s %d/%d documents, %.1f/s, %s left", phase, done, total, rate, clock(left))
                : String.format(Locale.ROOT, "editio: %s %d/%d documents", phase, done, total);
    }

    private static String clock(long seconds) {
        return seconds >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, seconds % 3600 / 60)
                : String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
    }
}
