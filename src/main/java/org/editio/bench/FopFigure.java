package org.editio.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.editio.render.PdfRenderer;

/**
 * Apache FOP alone on the FO Editio made (saved by {@link PdfRenderer#captureFo}): every {@code .fo} file of
 * a folder rendered to PDF by one warm FOP factory configured as Editio's, on {@code threads} threads, the
 * largest file first; the pages as FOP counts them (the same in every run). Immutable.
 */
record FopFigure(int threads, Runs runs, int files, int pages) {
    double pagesPerSecond() {
        return pages / runs.median();
    }

    /** The {@code .fo} files of {@code dir}, largest first (so that the volume does not start last). */
    static List<Path> foFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> files = new ArrayList<>(s.filter(f -> f.getFileName().toString().endsWith(".fo")).sorted().toList());
            files.sort(Comparator.comparingLong(FopFigure::size).reversed());
            return List.copyOf(files);
        } catch (IOException e) {
            throw new IllegalStateException("cannot list the FO files of " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Times {@code runs} renderings of all {@code fo} into {@code out} (emptied by {@code before}, untimed). */
    static FopFigure measure(PdfRenderer fop, List<Path> fo, Path out, int threads, int runs, Runnable before) {
        AtomicInteger pages = new AtomicInteger();
        Runs times = Runs.time(runs, () -> {
            before.run();
            pages.set(0);
        }, () -> pages.set(renderAll(fop, fo, out, threads)));
        return new FopFigure(threads, times, fo.size(), pages.get());
    }

    /** Renders every one of {@code fo} into {@code out} on {@code threads} threads; the pages FOP made. */
    static int renderAll(PdfRenderer fop, List<Path> fo, Path out, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (Path f : fo) {
                Path pdf = out.resolve(f.getFileName().toString().replaceFirst("\\.fo$", ".pdf"));
                done.add(pool.submit(() -> {
                    try (OutputStream o = Files.newOutputStream(pdf)) {
                        return fop.renderFoFile(f, o);
                    }
                }));
            }
            int pages = 0;
            for (Future<Integer> d : done) {
                pages += d.get();
            }
            return pages;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }
}
