package org.editio.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The processor time of the child processes this JVM has waited for (their user and system time, with their
 * own children's, such as Pagefind under a build): Linux's {@code /proc/self/stat}, fields cutime and cstime, in
 * USER_HZ ticks (100 per second on every architecture Linux's {@code /proc} reports in). A cold command line's
 * time is the difference before and after it: on two busy cores, what a build costs in processor time moves
 * less from run to run than its wall time. Stateless.
 */
final class ChildCpu {
    private static final Path STAT = Path.of("/proc/self/stat");
    private static final double TICKS_PER_SECOND = 100;

    private ChildCpu() {
    }

    /** Seconds of processor time of the children waited for so far; -1 where {@code /proc} does not tell. */
    static double seconds() {
        try {
            return parse(Files.readString(STAT));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** cutime + cstime of a {@code /proc/PID/stat} line, in seconds. */
    static double parse(String stat) {
        // The command name (field 2) is in parentheses and may hold spaces: the fields are counted after it.
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        // f[0] is field 3 (state): cutime is field 16, cstime field 17.
        return (Long.parseLong(f[13]) + Long.parseLong(f[14])) / TICKS_PER_SECOND;
    }
}
