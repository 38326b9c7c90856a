package org.editio.bench;

/**
 * Editio's PDF build (lenient, PDF only) of a sample: the per-document PDFs and the edition volume, and
 * their pages as PDFBox counts them. Immutable.
 *
 * @param documents   documents in the sample
 * @param pdfs        per-document PDFs written
 * @param pages       pages of the per-document PDFs
 * @param volumePages pages of {@code edition.pdf} (0 when it was not made)
 */
record PdfFigure(int documents, Runs build, PeakMemory.Peak peak, int pdfs, int pages, int volumePages) {
    int allPages() {
        return pages + volumePages;
    }

    /** Pages written (documents and volume) per second of the median build. */
    double pagesPerSecond() {
        return allPages() / build.median();
    }
}
