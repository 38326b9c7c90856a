package org.editio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Progress on a terminal (one line rewritten) and in a log (a line per tenth), with a fake clock. */
class ProgressPrinterTest {
    private final StringWriter out = new StringWriter();
    private final AtomicLong clock = new AtomicLong();

    private void run(boolean terminal, int total) {
        ProgressPrinter p = new ProgressPrinter(new PrintWriter(out, true), terminal, clock::get);
        for (int i = 1; i <= total; i++) {
            clock.addAndGet(100_000_000L);
            p.advanced("published", i, total);
        }
    }

    @Test
    void inALogPrintsOneLinePerTenthWithRateAndTimeLeft() {
        run(false, 200);
        var lines = out.toString().lines().toList();
        assertEquals(10, lines.size(), out.toString());
        assertTrue(lines.get(0).startsWith("editio: published 20/200 documents, 10.0/s, 0m18s left"), lines.get(0));
        assertEquals("editio: published 200/200 documents, 10.0/s, 0m00s left", lines.get(9));
        assertTrue(!out.toString().contains("\r"), "no carriage returns in a log");
    }

    @Test
    void onATerminalRewritesOneLine() {
        run(true, 60);
        String s = out.toString();
        assertEquals(60, s.chars().filter(c -> c == '\r').count());
        assertEquals(1, s.chars().filter(c -> c == '\n').count(), "one finished line: " + s);
        assertTrue(s.stripTrailing().endsWith("editio: published 60/60 documents, 10.0/s, 0m00s left"), s);
    }

    @Test
    void onATerminalRedrawsAtMostTenTimesASecondAndAlwaysTheLast() {
        // 1,000 documents 10 ms apart: 10 s, so about a hundred redraws, the last one the finished line
        ProgressPrinter p = new ProgressPrinter(new PrintWriter(out, true), true, clock::get);
        for (int i = 1; i <= 1000; i++) {
            clock.addAndGet(10_000_000L);
            p.advanced("published", i, 1000);
        }
        String s = out.toString();
        long redraws = s.chars().filter(c -> c == '\r').count();
        assertTrue(redraws >= 95 && redraws <= 101, redraws + " redraws");
        assertTrue(s.contains("\reditio: published 1/1000 documents"), "the first document is drawn");
        assertTrue(s.stripTrailing().endsWith("editio: published 1000/1000 documents, 100.0/s, 0m00s left"), s);
    }

    @Test
    void theTimeLeftFollowsTheRecentRate() {
        // the first 100 documents at one a second (a cold JVM compiling), the next 100 at ten a second
        ProgressPrinter p = new ProgressPrinter(new PrintWriter(out, true), false, clock::get);
        for (int i = 1; i <= 200; i++) {
            clock.addAndGet(i <= 100 ? 1_000_000_000L : 100_000_000L);
            p.advanced("published", i, 200);
        }
        var lines = out.toString().lines().toList();
        // at 180: the last three seconds hold the documents from 150 on (30 in 3 s), 20 left: 2 s, where the rate
        // since the start (179 in 108 s) said 12 s
        assertEquals("editio: published 180/200 documents, 10.0/s, 0m02s left", lines.get(8));
        // at 60, still slow: one a second, over the last ten documents
        assertEquals("editio: published 60/200 documents, 1.0/s, 2m20s left", lines.get(2));
    }

    @Test
    void smallRunsStayQuiet() {
        run(false, ProgressPrinter.QUIET_BELOW - 1);
        assertEquals("", out.toString());
    }
}
