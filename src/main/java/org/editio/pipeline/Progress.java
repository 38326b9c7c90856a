package org.editio.pipeline;

/**
 * Told how a run advances: a phase ("validated", "published") and how many of its items are done. Called
 * from several threads; implementations must be thread-safe. {@link #NONE} ignores everything.
 */
@FunctionalInterface
public interface Progress {
    Progress NONE = (phase, done, total) -> { };

    void advanced(String phase, int done, int total);
}
