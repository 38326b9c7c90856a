package org.editio.bench;

import java.util.List;
import java.util.Locale;

/** The figures as a plain, line-oriented table for a terminal or a CI log. Stateless. */
final class Table {
    private static final double MIB = 1024.0 * 1024.0;

    private Table() {
    }

    static String of(Machine m, List<SizeFigures> sizes, PdfFigure pdf) {
        StringBuilder b = new StringBuilder();
        line(b, "# editio bench %s: %d processors (%s), %s, %s, max heap %.0f MiB, %s; load average at start %.2f",
                m.date(), m.processors(), m.cpu(), m.os(), m.java(), m.maxHeapBytes() / MIB,
                String.join("+", m.collectors()), m.loadAverage());
        line(b, "# corpus %s (%d files); median of each approach's runs; MB = 10^6 input bytes", m.corpus(), m.corpusFiles());
        line(b, "# naive = Saxon's command line once per document, timed on a sample and extrapolated per document");
        line(b, "# editio, identity: in this JVM, after the smaller sizes (warm); editio-cli, saxon-cli: each command line in a "
                + "cold JVM of its own (Editio's build --lenient --only html; Saxon's identity transform of the folder)");
        line(b, "# peak heap = sum of the heap pools' peak use (MemoryPoolMXBean); peak RSS = VmHWM of this JVM (/proc/self/status), "
                + "for a command line the highest of its runs' VmHWM (/proc/PID/status, read every %d ms; Pagefind's processes apart)",
                ChildRss.INTERVAL_MS);
        line(b, "# pdf: Editio's PDF build (documents on %s threads, the volume beside them); fop alone = Apache FOP with Editio's "
                + "configuration on the FO that build made, nothing else", pdf == null ? "-" : String.valueOf(pdf.editioThreads()));
        line(b, "%-6s %-9s %5s %10s %10s %9s %8s %14s %13s", "docs", "approach", "runs", "median_s", "docs/s", "MB/s",
                "MB", "peak_heap_MiB", "peak_rss_MiB");
        for (SizeFigures s : sizes) {
            double mb = s.bytes() / 1e6;
            row(b, s.documents(), "editio", s.editio().seconds().size(), s.editio().median(), s, mb,
                    mib(s.editioPeak().heapBytes()), rss(s.editioPeak()));
            row(b, s.documents(), "identity", s.identity().seconds().size(), s.identity().median(), s, mb,
                    mib(s.identityPeak().heapBytes()), rss(s.identityPeak()));
            row(b, s.documents(), "naive", s.naivePerDocument().seconds().size(), s.naiveSeconds(), s, mb, "-", "-");
            row(b, s.documents(), "unchanged", s.unchanged().seconds().size(), s.unchanged().median(), s, mb, "-", "-");
            row(b, s.documents(), "1 changed", s.oneChanged().seconds().size(), s.oneChanged().median(), s, mb, "-", "-");
            row(b, s.documents(), "1 element", s.oneElement().seconds().size(), s.oneElement().median(), s, mb, "-", "-");
            row(b, s.documents(), "1 served", s.oneChangedServed().seconds().size(), s.oneChangedServed().median(), s, mb, "-", "-");
            row(b, s.documents(), "editio-cli", s.editioCli().seconds().size(), s.editioCli().median(), s, mb, "-",
                    mib(s.editioCliPeakRss()));
            row(b, s.documents(), "saxon-cli", s.saxonCli().seconds().size(), s.saxonCli().median(), s, mb, "-",
                    mib(s.saxonCliPeakRss()));
            line(b, "%-6d ratios    editio/identity %.2f; naive/editio per document %.1f (naive: %d of %d documents run, "
                    + "%.3f s per document, extrapolated); published %d of %d",
                    s.documents(), s.editioOverIdentity(), s.naiveOverEditio(), s.naiveSample(), s.documents(),
                    s.naivePerDocument().median(), s.published(), s.documents());
            line(b, "%-6d ratios    cold command lines: editio-cli/saxon-cli %.2f (issue 5: at most 3; editio-cli %.1f s, "
                    + "issue 5: at most 20 s at 4,420 documents)", s.documents(), s.editioCliOverSaxonCli(), s.editioCli().median());
            line(b, "%-6d ratios    cold command lines' processor time (user + system): editio-cli/saxon-cli %.2f (editio-cli "
                    + "%.1f s, saxon-cli %.1f s)", s.documents(), s.editioCliCpuOverSaxonCliCpu(), s.editioCliCpu().median(),
                    s.saxonCliCpu().median());
            line(b, "%-6d ratios    rebuild/full: nothing changed %.3f, one document's text changed %.3f, one document given a "
                    + "paragraph more %.3f (issue 5: at most 0.2); as editio serve rebuilds (compiled once), one document's "
                    + "text changed %.3f",
                    s.documents(), s.overFull(s.unchanged()), s.overFull(s.oneChanged()), s.overFull(s.oneElement()),
                    s.overFull(s.oneChangedServed()));
        }
        if (pdf != null) {
            line(b, "%-6d pdf       runs %d, median %.3f s, %d pages (%d PDFs: %d pages; edition.pdf: %d pages), %.1f pages/s, "
                    + "peak heap %s MiB, peak RSS %s MiB", pdf.documents(), pdf.build().seconds().size(), pdf.build().median(),
                    pdf.allPages(), pdf.pdfs(), pdf.pages(), pdf.volumePages(), pdf.pagesPerSecond(),
                    mib(pdf.peak().heapBytes()), rss(pdf.peak()));
            for (FopFigure f : pdf.raw()) {
                line(b, "%-6d fop alone %d thread(s): runs %d, median %.3f s, %d pages (%d FO files), %.1f pages/s",
                        pdf.documents(), f.threads(), f.runs().seconds().size(), f.runs().median(), f.pages(), f.files(),
                        f.pagesPerSecond());
            }
            line(b, "%-6d ratios    editio pdf / fop alone (pages/s, %d threads each) %.2f (issue 5: at least 0.5)",
                    pdf.documents(), pdf.editioThreads(), pdf.overRaw());
        }
        return b.toString();
    }

    private static void row(StringBuilder b, int docs, String approach, int runs, double seconds, SizeFigures s, double mb,
            String heap, String rss) {
        line(b, "%-6d %-9s %5d %10.3f %10.1f %9.2f %8.2f %14s %13s", docs, approach, runs, seconds,
                s.docsPerSecond(seconds), s.mbPerSecond(seconds), mb, heap, rss);
    }

    private static String mib(long bytes) {
        return bytes < 0 ? "-" : String.format(Locale.ROOT, "%.0f", bytes / MIB);
    }

    private static String rss(PeakMemory.Peak p) {
        return mib(p.rssBytes()) + (p.rssSinceStart() && p.rssBytes() >= 0 ? "*" : "");
    }

    private static void line(StringBuilder b, String format, Object... args) {
        b.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
