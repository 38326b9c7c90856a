package org.editio.bench;

import java.nio.file.Path;

/**
 * The peak resident memory of a command line the benchmark started, as issue 5's memory bound concerns it: the
 * process's {@code VmHWM} (Linux {@code /proc/PID/status}, the high-water mark the kernel keeps), read every
 * {@link #INTERVAL_MS} ms while it runs, the highest value read kept (once the process has ended its status
 * holds none). Its own child processes (Pagefind under a build) are not counted. One per process watched.
 */
final class ChildRss {
    static final long INTERVAL_MS = 50;
    private final Thread watcher;
    private volatile long peak = -1;

    private ChildRss(Process process) {
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        watcher = new Thread(() -> {
            while (process.isAlive()) {
                long v = PeakMemory.vmHwm(status);
                if (v > peak) {
                    peak = v;
                }
                try {
                    Thread.sleep(INTERVAL_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-rss");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** Starts watching {@code process}. */
    static ChildRss watch(Process process) {
        return new ChildRss(process);
    }

    /** Once the process has ended: the highest VmHWM read, in bytes; -1 where none could be read. */
    long peakBytes() throws InterruptedException {
        watcher.join();
        return peak;
    }
}
