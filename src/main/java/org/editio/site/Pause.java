package org.editio.site;

/**
 * A test hook for the kill tests: when the system property {@code editio.test.pause} names a phase of
 * publishing, the build prints {@code editio: paused at PHASE} on stderr when it reaches that phase and
 * then waits forever, for the test to kill the process. Without the property (in production) it does
 * nothing. Stateless.
 */
final class Pause {
    static final String PROPERTY = "editio.test.pause";

    private Pause() {
    }

    static void at(String phase) {
        if (!phase.equals(System.getProperty(PROPERTY))) {
            return;
        }
        System.err.println("editio: paused at " + phase);
        System.err.flush();
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
