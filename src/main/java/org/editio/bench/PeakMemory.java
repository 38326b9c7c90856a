package org.editio.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * This JVM's peak memory over a stretch of work, two ways: the peak heap in use (the sum of each heap
 * pool's peak, from {@link MemoryPoolMXBean}: used, not live, memory, so it follows the collector's
 * heuristics and slightly overstates when pools peak at different moments), and the process's peak
 * resident set (Linux {@code VmHWM} from /proc/self/status, reset through /proc/self/clear_refs where
 * the kernel allows it, else counted from the JVM's start). Process-wide counters: not thread-safe.
 */
final class PeakMemory {
    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

    /**
     * @param heapBytes    peak heap in use, summed over the heap pools
     * @param rssBytes     peak resident set of the process, or -1 where /proc is missing
     * @param rssSinceStart true when the resident-set peak could not be reset and counts from the JVM's start
     */
    record Peak(long heapBytes, long rssBytes, boolean rssSinceStart) {
    }

    private boolean rssReset;

    /** Starts a new stretch: resets the pools' peaks and, if allowed, the resident-set peak. */
    void reset() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
        try {
            Files.writeString(CLEAR_REFS, "5");
            rssReset = true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            rssReset = false;
        }
    }

    /** The peaks since the last {@link #reset}. */
    Peak read() {
        long heap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                heap += pool.getPeakUsage().getUsed();
            }
        }
        return new Peak(heap, vmHwm(STATUS), !rssReset);
    }

    /** The {@code VmHWM} of a {@code /proc/…/status} file, in bytes; -1 where it cannot be read. */
    static long vmHwm(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
