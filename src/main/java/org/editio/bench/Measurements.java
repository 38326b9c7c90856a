package org.editio.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.editio.pipeline.Compiled;
import org.editio.pipeline.Options;
import org.editio.pipeline.Progress;
import org.editio.pipeline.Publisher;
import org.editio.project.Project;
import org.editio.render.PdfRenderer;

/**
 * Runs the measurements of one benchmark: each approach {@code runs} times on a workload, outputs into
 * the workload's folder (emptied before each run, untimed: the last run's output is put aside, see
 * {@link Trash}). The identity stylesheet is compiled once; the command line's per-document time is measured
 * once per distinct sample and reused by larger sizes (they share the sample). One instance per benchmark;
 * not thread-safe.
 */
final class Measurements {
    private static final Options HTML = new Options(true, true, false);
    private static final Options PDF = new Options(true, false, true);
    /**
     * Untimed rounds (an Editio PDF build, then FOP alone on all threads) before the PDF figure is timed. The JIT
     * takes many builds to finish with FOP's and Editio's code: fourteen PDF builds of 100 letters in a row in
     * one JVM took 12.2, 5.4, 4.5, 4.7, 3.9, 3.8, 3.1, 2.7, 3.1, 2.9, 3.0, 2.5, 2.7, 2.6 s (docs/benchmarks.md,
     * nineteenth session). Timed after one untimed build, Editio's figure was that of a JVM still compiling,
     * while FOP alone, timed after all of Editio's builds, had its code compiled by them: the ratio compared
     * a warm FOP with a half-warm Editio. Both now warm up alike and are then timed in turns.
     */
    static final int PDF_WARMUP_ROUNDS = 8;

    private final Bench.Config config;
    private final Path root;
    private final Consumer<String> progress;
    private final PeakMemory memory = new PeakMemory();
    private final IdentityTransform identity;
    private final Map<List<String>, Runs> naive = new HashMap<>();
    private final Trash trash;

    Measurements(Bench.Config config, Consumer<String> progress, Trash trash) {
        this.config = config;
        this.trash = trash;
        this.root = config.out().toAbsolutePath().normalize();
        this.progress = progress;
        this.identity = IdentityTransform.compile(root.resolve("identity.xsl"));
    }

    SizeFigures size(Workload w) {
        Path htmlOut = w.folder().resolve("out-html");
        Project project = Project.at(w.folder(), htmlOut, null);
        int[] published = {0};
        memory.reset();
        Runs editio = Runs.time(config.runs(), () -> clean(htmlOut),
                () -> published[0] = new Publisher().build(project, HTML).published());
        PeakMemory.Peak editioPeak = memory.read();
        say(w, "editio", editio);
        // Incremental: the output of the last full build stays; nothing changed, then one document edited.
        Runs unchanged = Runs.time(config.runs(), System::gc, () -> new Publisher().build(project, HTML));
        say(w, "editio rebuild, nothing changed", unchanged);
        // One document edited as an editor does: a word in its text (what the page shows changes, not which
        // elements it uses), then a paragraph more (which elements it uses changes: the guidelines too).
        Path edited = w.files().get(w.size() / 2);
        String original = read(edited);
        int[] edits = {0};
        Runs oneChanged = Runs.time(config.runs(), () -> {
            write(edited, Edits.word(original, ++edits[0]));
            System.gc();
        }, () -> new Publisher().build(project, HTML));
        say(w, "editio rebuild, one document's text changed", oneChanged);
        Runs oneElement = Runs.time(config.runs(), () -> {
            write(edited, Edits.paragraphs(original, ++edits[0]));
            System.gc();
        }, () -> new Publisher().build(project, HTML));
        say(w, "editio rebuild, one document given a paragraph more", oneElement);
        // The same word edits rebuilt as editio serve rebuilds them: one Publisher keeping its compiled
        // schemas and stylesheets from build to build (the first build, untimed, compiles them).
        Publisher served = new Publisher(Progress.NONE, new Compiled());
        served.build(project, HTML);
        Runs oneChangedServed = Runs.time(config.runs(), () -> {
            write(edited, Edits.word(original, ++edits[0]));
            System.gc();
        }, () -> served.build(project, HTML));
        say(w, "editio serve's rebuild, one document's text changed", oneChangedServed);
        write(edited, original);

        Path identityOut = w.folder().resolve("identity");
        memory.reset();
        Runs id = Runs.time(config.runs(), () -> clean(identityOut), () -> identity.run(w.files(), identityOut));
        PeakMemory.Peak identityPeak = memory.read();
        say(w, "identity", id);

        List<Path> sample = w.files().subList(0, Math.min(config.naiveSample(), w.size()));
        List<String> key = sample.stream().map(p -> p.getFileName().toString()).toList();
        Runs perDocument = naive.computeIfAbsent(key, k -> {
            Path naiveOut = w.folder().resolve("naive");
            Path log = w.folder().resolve("naive.log");
            return Runs.time(config.runs(), () -> clean(naiveOut),
                    () -> NaiveTransform.run(identity.file(), sample, naiveOut, log)).per(sample.size());
        });
        say(w, "naive per document (" + sample.size() + " sampled)", perDocument);
        // The same two, as a user runs them: each command line in a cold JVM of its own, taking turns (the
        // machine's speed drifts over minutes; see Runs.alternately).
        Path cliOut = w.folder().resolve("out-cli");
        Path saxonOut = w.folder().resolve("saxon-cli");
        List<ColdCommands.Cost> editioCost = new ArrayList<>();
        List<ColdCommands.Cost> saxonCost = new ArrayList<>();
        List<Runs> cold = Runs.alternately(config.runs(),
                () -> clean(cliOut), () -> editioCost.add(ColdCommands.editio(w.folder(), cliOut, w.folder().resolve("cli.log"))),
                () -> clean(saxonOut), () -> saxonCost.add(ColdCommands.saxon(identity.file(), w.folder().resolve("tei"), saxonOut,
                        w.folder().resolve("saxon-cli.log"))));
        Runs editioCpu = new Runs(editioCost.stream().map(ColdCommands.Cost::cpuSeconds).toList());
        Runs saxonCpu = new Runs(saxonCost.stream().map(ColdCommands.Cost::cpuSeconds).toList());
        Runs editioCli = cold.get(0);
        Runs saxonCli = cold.get(1);
        say(w, "editio command line, cold JVM", editioCli);
        say(w, "editio command line, cold JVM, processor seconds", editioCpu);
        say(w, "saxon command line (identity of the folder), cold JVM", saxonCli);
        say(w, "saxon command line, cold JVM, processor seconds", saxonCpu);
        return new SizeFigures(w.size(), w.bytes(), published[0], editio, editioPeak, id, identityPeak,
                sample.size(), perDocument, unchanged, oneChanged, oneElement, oneChangedServed, editioCli, saxonCli,
                editioCpu, saxonCpu, highest(editioCost), highest(saxonCost));
    }

    /** The highest peak resident memory of a command line's runs; -1 when none was read. */
    private static long highest(List<ColdCommands.Cost> runs) {
        return runs.stream().mapToLong(ColdCommands.Cost::peakRssBytes).max().orElse(-1);
    }

    PdfFigure pdf(Workload w) {
        Path pdfOut = w.folder().resolve("out-pdf");
        Project project = Project.at(w.folder(), pdfOut, null);
        Path foDir = w.folder().resolve("fo");
        clean(foDir);
        clean(pdfOut);
        // One build, untimed (it also warms the JVM up), saves the FO that FOP is given, for FOP alone below.
        try (AutoCloseable capture = PdfRenderer.captureFo(foDir)) {
            new Publisher().build(project, PDF);
        } catch (Exception e) {
            throw new IllegalStateException("the PDF build that saves the FO failed: " + e.getMessage(), e);
        }
        progress.accept("bench: " + w.size() + " documents: editio pdf: FO saved in " + foDir + " (untimed build)");
        int threads = Runtime.getRuntime().availableProcessors();
        PdfRenderer fop = PdfRenderer.create(w.folder(), "Editio bench (Apache FOP)");
        List<Path> fo = FopFigure.foFiles(foDir);
        Path rawOut = w.folder().resolve("fop-pdf");
        // Both warm before either is timed, then timed in turns (Runs.alternately): see PDF_WARMUP_ROUNDS.
        Runs.alternately(PDF_WARMUP_ROUNDS, () -> clean(pdfOut), () -> new Publisher().build(project, PDF),
                () -> clean(rawOut), () -> FopFigure.renderAll(fop, fo, rawOut, threads));
        progress.accept("bench: " + w.size() + " documents: editio pdf and fop alone: " + PDF_WARMUP_ROUNDS + " untimed rounds each");
        memory.reset();
        AtomicInteger rawPages = new AtomicInteger();
        List<Runs> turns = Runs.alternately(config.runs(), () -> clean(pdfOut), () -> new Publisher().build(project, PDF),
                () -> clean(rawOut), () -> rawPages.set(FopFigure.renderAll(fop, fo, rawOut, threads)));
        PeakMemory.Peak peak = memory.read();
        Runs build = turns.get(0);
        say(w, "editio pdf", build);
        int pdfs = 0;
        int pages = 0;
        int volume = 0;
        try (Stream<Path> files = Files.list(pdfOut.resolve("pdf"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList()) {
                try (PDDocument d = Loader.loadPDF(f.toFile())) {
                    if (f.getFileName().toString().equals("edition.pdf")) {
                        volume = d.getNumberOfPages();
                    } else {
                        pdfs++;
                        pages += d.getNumberOfPages();
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot count the pages of " + pdfOut.resolve("pdf") + ": " + e.getMessage(), e);
        }
        List<FopFigure> raw = new java.util.ArrayList<>();
        if (threads > 1) {
            FopFigure one = FopFigure.measure(fop, fo, rawOut, 1, config.runs(), () -> clean(rawOut));
            say(w, "fop alone, 1 thread(s), " + one.files() + " FO files, " + one.pages() + " pages", one.runs());
            raw.add(one);
        }
        FopFigure all = new FopFigure(threads, turns.get(1), fo.size(), rawPages.get());
        say(w, "fop alone, " + threads + " thread(s), " + all.files() + " FO files, " + all.pages() + " pages (in turns with editio pdf)",
                all.runs());
        raw.add(all);
        return new PdfFigure(w.size(), build, peak, pdfs, pages, volume, threads, raw);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot edit " + file + ": " + e.getMessage(), e);
        }
    }

    private void clean(Path dir) {
        trash.fresh(dir);
        Sync.now();
        System.gc();
    }

    private void say(Workload w, String what, Runs runs) {
        progress.accept(String.format(java.util.Locale.ROOT, "bench: %d documents: %s: %s s", w.size(), what,
                runs.seconds().stream().map(s -> String.format(java.util.Locale.ROOT, "%.3f", s)).toList()));
    }
}
