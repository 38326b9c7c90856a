package org.editio.serve;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The site's files that the last build took over unchanged although they are due to be made again (the
 * edition's pages, search index and register pages, see
 * {@link org.editio.pipeline.Publisher#buildOwnPagesFirst}): until the build that brings them up to date
 * has finished, a request for one of them waits, so that no stale page is served. Thread-safe.
 */
final class Behind {
    /** How long a request waits for a file to be brought up to date before it is served as it is. */
    static final long WAIT_SECONDS = 120;

    private Set<String> files = Set.of();
    private int waiting;

    /** From now on, requests for {@code sitePaths} (paths below site/, '/' separated) wait. */
    synchronized void are(List<String> sitePaths) {
        files = Set.copyOf(sitePaths);
        notifyAll();
    }

    /** Every file is up to date: waiting requests go on. */
    synchronized void caughtUp() {
        files = Set.of();
        notifyAll();
    }

    /**
     * Returns once {@code sitePath} is up to date, or after {@link #WAIT_SECONDS}: true when it waited
     * (the site folder has been swapped since: look the file up again).
     */
    synchronized boolean await(String sitePath) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        boolean waited = false;
        try {
            while (files.contains(sitePath)) {
                if (!waited) {
                    waited = true;
                    waiting++;
                    notifyAll();
                }
                long left = until - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        } finally {
            if (waited) {
                waiting--;
            }
        }
        return waited;
    }

    /**
     * Returns after {@code millis}, or sooner once a request waits for a file: the pages just reloaded get
     * the machine to themselves for a moment before the files behind are made.
     */
    synchronized void pause(long millis) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (waiting == 0) {
            long left = until - System.nanoTime();
            if (left <= 0) {
                return;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }
}
