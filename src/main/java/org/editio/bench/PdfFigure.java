package org.editio.bench;

import java.util.List;

/**
 * Editio's PDF build (lenient, PDF only) of a sample: the per-document PDFs and the edition volume, and
 * their pages as PDFBox counts them; beside it, Apache FOP alone on the FO that build made. Immutable.
 *
 * @param documents     documents in the sample
 * @param pdfs          per-document PDFs written
 * @param pages         pages of the per-document PDFs
 * @param volumePages   pages of {@code edition.pdf} (0 when it was not made)
 * @param editioThreads threads Editio renders the per-document PDFs on (the JVM's available processors)
 * @param raw           FOP alone on Editio's FO, on one thread and on {@code editioThreads}
 */
record PdfFigure(int documents, Runs build, PeakMemory.Peak peak, int pdfs, int pages, int volumePages, int editioThreads,
        List<FopFigure> raw) {
    PdfFigure {
        raw = List.copyOf(raw);
    }

    int allPages() {
        return pages + volumePages;
    }

    /** Pages written (documents and volume) per second of the median build. */
    double pagesPerSecond() {
        return allPages() / build.median();
    }

    /** Editio's pages/s over FOP's alone on as many threads as Editio uses (issue 5 asks at least 0.5). */
    double overRaw() {
        return raw.stream().filter(r -> r.threads() == editioThreads).findFirst()
                .map(r -> pagesPerSecond() / r.pagesPerSecond()).orElse(Double.NaN);
    }
}
