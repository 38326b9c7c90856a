package org.editio.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.editio.problem.SetupException;

/**
 * Issue 5's benchmark: for each size, Editio's full HTML publish, Saxon's identity transform in this JVM
 * and Saxon's command line once per document (on a sample), side by side on the same files; then the
 * pages/s of Editio's PDF build. Writes only below {@link Config#out}: the projects, the outputs and
 * {@code bench.json}. One call per JVM at a time (it resets the JVM's peak-memory counters); not
 * thread-safe.
 */
public final class Bench {
    private Bench() {
    }

    /**
     * What to measure.
     *
     * @param corpus      folder of TEI files; documents are taken sorted by file name
     * @param sizes       document counts (capped at the corpus size)
     * @param runs        runs of each measurement; the median is reported
     * @param naiveSample at most this many documents for the once-per-document command line
     * @param pdfSample   documents for the PDF figure (0: none)
     * @param out         the only folder written to
     */
    public record Config(Path corpus, List<Integer> sizes, int runs, int naiveSample, int pdfSample, Path out) {
        public Config {
            sizes = List.copyOf(sizes);
            if (runs < 1 || naiveSample < 1 || pdfSample < 0 || sizes.isEmpty() || sizes.stream().anyMatch(s -> s < 1)) {
                throw new SetupException("runs, sizes and --naive-sample must be at least 1, --pdf-sample at least 0");
            }
        }
    }

    /** The figures: as a line-oriented table, and as the JSON written to {@code file}. */
    public record Results(String table, String json, Path file) {
    }

    /**
     * The pages' stylesheet alone, warm (PageTimes): each of {@code xslt} (folders holding html.xsl) makes the
     * pages of {@code documents} documents spread over {@code corpus}, taking turns, {@code passes} times;
     * returns the table. Throws {@link SetupException} on setup errors.
     */
    public static String pages(Path corpus, int documents, int passes, List<Path> xslt, Consumer<String> progress) {
        return PageTimes.table(PageTimes.measure(corpus, documents, passes, xslt, progress));
    }

    /**
     * Where the pages' stylesheet of each of {@code xslt} spends its time, traced (PageTimes.profile): a table
     * of its {@code top} costliest templates and functions per folder. Throws {@link SetupException} on setup
     * errors.
     */
    public static String profilePages(Path corpus, int documents, int passes, List<Path> xslt, int top, Consumer<String> progress) {
        if (top < 1) {
            throw new SetupException("--top must be at least 1");
        }
        StringBuilder b = new StringBuilder();
        for (Path folder : xslt) {
            b.append(PageTimes.profileTable(PageTimes.profile(corpus, documents, passes, folder, progress), top));
        }
        return b.toString();
    }

    /** Runs the benchmark, reporting each step to {@code progress}; throws {@link SetupException} on setup errors. */
    public static Results run(Config config, Consumer<String> progress) {
        List<Path> corpus = Workload.corpus(config.corpus());
        Machine machine = Machine.describe(config, corpus.size());
        Trash trash = new Trash(config.out());
        Measurements m = new Measurements(config, progress, trash);
        List<SizeFigures> sizes = new ArrayList<>();
        PdfFigure pdf;
        try {
            for (int size : config.sizes().stream().map(s -> Math.min(s, corpus.size())).distinct().toList()) {
                sizes.add(m.size(Workload.prepare(corpus, size, config.out(), "bench-" + size, trash)));
            }
            int pdfSize = Math.min(config.pdfSample(), corpus.size());
            pdf = pdfSize == 0 ? null : m.pdf(Workload.prepare(corpus, pdfSize, config.out(), "bench-pdf-" + pdfSize, trash));
        } finally {
            // after the last measurement: deleting earlier runs' outputs slows the next ones' file creation (Trash)
            progress.accept("bench: deleting the earlier runs' outputs (" + config.out().resolve(Trash.NAME) + ")");
            trash.empty();
        }
        String json = Json.of(machine, config, sizes, pdf);
        Path file = config.out().resolve("bench.json");
        try {
            Files.writeString(file, json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Results(Table.of(machine, sizes, pdf), json, file);
    }
}
