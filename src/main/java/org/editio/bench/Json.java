package org.editio.bench;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The figures as JSON (bench.json): the same numbers as the table, in seconds, bytes and per-second rates. Stateless. */
final class Json {
    private Json() {
    }

    static String of(Machine m, Bench.Config c, List<SizeFigures> sizes, PdfFigure pdf) {
        StringBuilder b = new StringBuilder("{\n");
        b.append("  \"date\": ").append(str(m.date().toString())).append(",\n");
        b.append("  \"machine\": {\"processors\": ").append(m.processors()).append(", \"cpu\": ").append(str(m.cpu()))
                .append(", \"os\": ").append(str(m.os())).append(", \"java\": ").append(str(m.java()))
                .append(", \"maxHeapBytes\": ").append(m.maxHeapBytes()).append(", \"collectors\": ")
                .append(m.collectors().stream().map(Json::str).collect(Collectors.joining(", ", "[", "]")))
                .append(", \"loadAverageAtStart\": ").append(num(m.loadAverage())).append("},\n");
        b.append("  \"corpus\": ").append(str(m.corpus().toString())).append(", \"corpusFiles\": ").append(m.corpusFiles())
                .append(", \"runs\": ").append(c.runs()).append(", \"naiveSample\": ").append(c.naiveSample()).append(",\n");
        b.append("  \"notes\": ").append(str("median wall times in seconds; MB = 10^6 input bytes; naive = Saxon's command line "
                + "once per document, timed on naive.sampleDocuments and extrapolated per document; editio and identity run in the "
                + "benchmark's JVM after the smaller sizes (warm); editioCli and saxonCli are the command lines, each in a cold "
                + "JVM of its own with the benchmark's -Xmx and collector (editio build --lenient --only html; Saxon's identity "
                + "transform of the folder), their cpuRunsSeconds the processor time (user + system) each run took, with its child processes' (Pagefind), "
                + "from /proc/self/stat; oneChangedServed = the rebuild after a word was added as editio serve rebuilds, "
                + "its compiled schemas and stylesheets kept from the build before; peakHeapBytes = sum of the "
                + "heap pools' peak use (MemoryPoolMXBean); peakRssBytes = VmHWM of this JVM (/proc/self/status), for editioCli and saxonCli "
                + "the highest VmHWM of their runs' processes (/proc/PID/status, read every " + ChildRss.INTERVAL_MS
                + " ms, Pagefind's processes apart); pdf.fopAlone = "
                + "Apache FOP alone (one warm factory, Editio's configuration) on the FO of Editio's PDF build, its pages as FOP "
                + "counts them; editioOverFopAlone = Editio's pages/s over FOP's alone on editioThreads threads")).append(",\n");
        b.append("  \"sizes\": [");
        for (int i = 0; i < sizes.size(); i++) {
            SizeFigures s = sizes.get(i);
            b.append(i == 0 ? "\n" : ",\n").append("    {\"documents\": ").append(s.documents())
                    .append(", \"inputBytes\": ").append(s.bytes()).append(", \"published\": ").append(s.published()).append(",\n")
                    .append("     \"ratios\": {\"editioOverIdentity\": ").append(num(s.editioOverIdentity()))
                    .append(", \"naiveOverEditioPerDocument\": ").append(num(s.naiveOverEditio()))
                    .append(", \"unchangedOverFull\": ").append(num(s.overFull(s.unchanged())))
                    .append(", \"oneChangedOverFull\": ").append(num(s.overFull(s.oneChanged())))
                    .append(", \"oneElementOverFull\": ").append(num(s.overFull(s.oneElement())))
                    .append(", \"oneChangedServedOverFull\": ").append(num(s.overFull(s.oneChangedServed())))
                    .append(", \"editioCliOverSaxonCli\": ").append(num(s.editioCliOverSaxonCli()))
                    .append(", \"editioCliCpuOverSaxonCliCpu\": ").append(num(s.editioCliCpuOverSaxonCliCpu())).append("},\n")
                    .append("     \"rebuild\": {\"unchangedRunsSeconds\": ").append(list(s.unchanged()))
                    .append(", \"oneChangedRunsSeconds\": ").append(list(s.oneChanged()))
                    .append(", \"oneElementRunsSeconds\": ").append(list(s.oneElement()))
                    .append(", \"oneChangedServedRunsSeconds\": ").append(list(s.oneChangedServed())).append("},\n")
                    .append("     \"editio\": ").append(approach(s, s.editio(), s.editio().median(), s.editioPeak())).append(",\n")
                    .append("     \"identity\": ").append(approach(s, s.identity(), s.identity().median(), s.identityPeak())).append(",\n")
                    .append("     \"editioCli\": ").append(cold(s, s.editioCli(), s.editioCliCpu(), s.editioCliPeakRss())).append(",\n")
                    .append("     \"saxonCli\": ").append(cold(s, s.saxonCli(), s.saxonCliCpu(), s.saxonCliPeakRss())).append(",\n")
                    .append("     \"naive\": {\"sampleDocuments\": ").append(s.naiveSample())
                    .append(", \"perDocumentRunsSeconds\": ").append(list(s.naivePerDocument()))
                    .append(", \"perDocumentMedianSeconds\": ").append(num(s.naivePerDocument().median()))
                    .append(", \"extrapolatedSeconds\": ").append(num(s.naiveSeconds()))
                    .append(", \"docsPerSecond\": ").append(num(s.docsPerSecond(s.naiveSeconds())))
                    .append(", \"mbPerSecond\": ").append(num(s.mbPerSecond(s.naiveSeconds()))).append("}}");
        }
        b.append("\n  ]");
        if (pdf != null) {
            b.append(",\n  \"pdf\": {\"documents\": ").append(pdf.documents()).append(", \"runsSeconds\": ").append(list(pdf.build()))
                    .append(", \"medianSeconds\": ").append(num(pdf.build().median())).append(", \"pdfs\": ").append(pdf.pdfs())
                    .append(", \"pages\": ").append(pdf.pages()).append(", \"volumePages\": ").append(pdf.volumePages())
                    .append(", \"pagesPerSecond\": ").append(num(pdf.pagesPerSecond())).append(", ").append(peak(pdf.peak()))
                    .append(",\n    \"editioThreads\": ").append(pdf.editioThreads())
                    .append(", \"editioOverFopAlone\": ").append(num(pdf.overRaw()))
                    .append(",\n    \"fopAlone\": [");
            for (int i = 0; i < pdf.raw().size(); i++) {
                FopFigure f = pdf.raw().get(i);
                b.append(i == 0 ? "\n" : ",\n").append("      {\"threads\": ").append(f.threads()).append(", \"foFiles\": ")
                        .append(f.files()).append(", \"fopPages\": ").append(f.pages()).append(", \"fopRunsSeconds\": ")
                        .append(list(f.runs())).append(", \"fopMedianSeconds\": ").append(num(f.runs().median()))
                        .append(", \"fopPagesPerSecond\": ").append(num(f.pagesPerSecond())).append("}");
            }
            b.append("]}");
        }
        return b.append("\n}\n").toString();
    }

    private static String approach(SizeFigures s, Runs runs, double median, PeakMemory.Peak peak) {
        return "{\"runsSeconds\": " + list(runs) + ", \"medianSeconds\": " + num(median) + ", \"docsPerSecond\": "
                + num(s.docsPerSecond(median)) + ", \"mbPerSecond\": " + num(s.mbPerSecond(median)) + ", " + peak(peak) + "}";
    }

    private static String cold(SizeFigures s, Runs runs, Runs cpu, long peakRss) {
        return "{\"runsSeconds\": " + list(runs) + ", \"medianSeconds\": " + num(runs.median()) + ", \"docsPerSecond\": "
                + num(s.docsPerSecond(runs.median())) + ", \"mbPerSecond\": " + num(s.mbPerSecond(runs.median()))
                + ", \"cpuRunsSeconds\": " + list(cpu) + ", \"cpuMedianSeconds\": " + num(cpu.median())
                + ", \"peakRssBytes\": " + peakRss + "}";
    }

    private static String peak(PeakMemory.Peak p) {
        return "\"peakHeapBytes\": " + p.heapBytes() + ", \"peakRssBytes\": " + p.rssBytes() + ", \"peakRssSinceJvmStart\": "
                + p.rssSinceStart();
    }

    private static String list(Runs r) {
        return r.seconds().stream().map(Json::num).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String num(double d) {
        return Double.isFinite(d) ? String.format(Locale.ROOT, "%.6g", d) : "null";
    }

    static String str(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (ch < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
