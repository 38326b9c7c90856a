package org.editio.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.editio.bench.Bench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code editio bench [--runs N] [--sizes 1,100,1000,4420] [--corpus DIR] [--naive-sample N] [--pdf-sample N] [--out DIR]} */
@Command(name = "bench", description = "Measures Editio's HTML publish against Saxon's identity transform and Saxon's command line once per document, and Editio's PDF pages/s.")
final class BenchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--runs", paramLabel = "N", description = "Runs of each measurement; the median is reported (default: 3).")
    int runs = 3;

    @Option(names = "--sizes", split = ",", paramLabel = "N,N…", description = "Document counts (default: 1,100,1000,4420; capped at the corpus size).")
    List<Integer> sizes = List.of(1, 100, 1000, 4420);

    @Option(names = "--corpus", paramLabel = "DIR", description = "Folder of TEI files, taken sorted by name (default: ../shared/corpus/schnitzler/letters).")
    Path corpus = Path.of("../shared/corpus/schnitzler/letters");

    @Option(names = "--naive-sample", paramLabel = "N", description = "Documents the once-per-document command line runs on (default: 10).")
    int naiveSample = 10;

    @Option(names = "--pdf-sample", paramLabel = "N", description = "Documents of the PDF figure (default: 100; 0 skips it).")
    int pdfSample = 100;

    @Option(names = "--out", paramLabel = "DIR", description = "The only folder written to (default: target/bench).")
    Path out = Path.of("target/bench");

    @Override
    public Integer call() {
        if (noCorpus(spec, corpus)) {
            return Editio.SETUP;
        }
        Bench.Results results = Bench.run(new Bench.Config(corpus, sizes, runs, naiveSample, pdfSample, out), progress(spec));
        spec.commandLine().getOut().print(results.table());
        spec.commandLine().getOut().println("# written to " + results.file());
        spec.commandLine().getOut().flush();
        return Editio.OK;
    }

    /** True, having said so on stderr, when {@code corpus} is no folder (both benchmark commands). */
    static boolean noCorpus(CommandLine.Model.CommandSpec spec, Path corpus) {
        if (Files.isDirectory(corpus)) {
            return false;
        }
        spec.commandLine().getErr().println("editio: no such corpus folder: " + corpus);
        return true;
    }

    /** A benchmark's progress lines, each on stderr at once. */
    static Consumer<String> progress(CommandLine.Model.CommandSpec spec) {
        var err = spec.commandLine().getErr();
        return line -> {
            err.println(line);
            err.flush();
        };
    }
}
