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

    /** Runs {@code sync} and waits up to two minutes for it; a {@code sync} that cannot run is passed over. */
    static void now() {
        try {
            new ProcessBuilder("sync").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor(2, TimeUnit.MINUTES);
        } catch (IOException e) {
            // no sync command: the measurement runs without it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
