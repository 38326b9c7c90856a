package org.editio.bench;

/**
 * The figures of one size: the three approaches on the same documents, and the ratios between them.
 * Immutable.
 *
 * @param documents        documents measured
 * @param bytes            their input size
 * @param published        documents Editio published (of {@code documents})
 * @param editio           Editio's full HTML publish, per run
 * @param identity         Saxon's identity transform in this JVM, per run
 * @param naiveSample      documents the command line ran on
 * @param naivePerDocument the command line's time per document, per run (extrapolated to {@code documents})
 * @param unchanged        Editio's rebuild of the same output with no source changed, per run
 * @param oneChanged       Editio's rebuild after a word was added to one document's text, per run
 * @param oneElement       Editio's rebuild after one document was given one more paragraph, per run
 * @param oneChangedServed the rebuild after a word was added, as {@code editio serve} rebuilds: its compiled
 *                         schemas and stylesheets kept from the build before, per run
 * @param editioCli        Editio's command line in a cold JVM of its own (the same full HTML publish), per run
 * @param saxonCli         Saxon's command line, identity transform of the folder in a cold JVM of its own, per run
 * @param editioCliCpu     the processor seconds (user and system, with Pagefind's) of each run of {@code editioCli}
 * @param saxonCliCpu      the processor seconds of each run of {@code saxonCli}
 * @param editioCliPeakRss the highest peak resident memory (bytes) of the runs of {@code editioCli}, -1 when unknown
 * @param saxonCliPeakRss  the same for {@code saxonCli}
 */
record SizeFigures(int documents, long bytes, int published, Runs editio, PeakMemory.Peak editioPeak,
        Runs identity, PeakMemory.Peak identityPeak, int naiveSample, Runs naivePerDocument, Runs unchanged,
        Runs oneChanged, Runs oneElement, Runs oneChangedServed, Runs editioCli, Runs saxonCli, Runs editioCliCpu,
        Runs saxonCliCpu, long editioCliPeakRss, long saxonCliPeakRss) {

    /** Cold against cold: what a user waits for from each command line (issue 5: at most 3). */
    double editioCliOverSaxonCli() {
        return editioCli.median() / saxonCli.median();
    }

    /** The same in processor time: what each command line costs, whatever else the machine does meanwhile. */
    double editioCliCpuOverSaxonCliCpu() {
        return editioCliCpu.median() / saxonCliCpu.median();
    }

    /** A rebuild's median over the full build's (issue 5: at most 0.2). */
    double overFull(Runs rebuild) {
        return rebuild.median() / editio.median();
    }

    double naiveSeconds() {
        return naivePerDocument.median() * documents;
    }

    double editioOverIdentity() {
        return editio.median() / identity.median();
    }

    /** The command line's time per document over Editio's time per document. */
    double naiveOverEditio() {
        return naivePerDocument.median() / (editio.median() / documents);
    }

    double docsPerSecond(double seconds) {
        return documents / seconds;
    }

    /** Input megabytes (10^6 bytes) per second. */
    double mbPerSecond(double seconds) {
        return bytes / 1e6 / seconds;
    }
}
