package org.editio.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Writes the file systems' pending data to disk ({@code sync}) before a measurement, untimed: the kernel
 * otherwise writes the previous runs' outputs back while the next run is being timed (tens of thousands of
 * small files; on this machine's ext4 that is processor time the measured run competes with). Where there is
 * no {@code sync} command, nothing happens. Stateless.
 */
final class Sync {
    private Sync() {
    }

    /** Runs {@code sync} and waits up to two minutes for it; false when it could not be run or failed. */
    static boolean now() {
        try {
            Process p = new ProcessBuilder("sync").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(2, TimeUnit.MINUTES) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
