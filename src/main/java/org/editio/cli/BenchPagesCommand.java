package org.editio.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.editio.bench.Bench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code editio bench-pages --xslt DIR [--xslt DIR …] [--documents N] [--passes N] [--corpus DIR] [--profile [--top N]]} */
@Command(name = "bench-pages", description = "Times the pages' stylesheet alone, warm, in one JVM: each --xslt folder (holding html.xsl) in turn on the same documents, to compare a stylesheet with variants of it.")
final class BenchPagesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--xslt", paramLabel = "DIR", required = true, description = "A stylesheet folder (as xslt/); give it again for each variant.")
    List<Path> xslt;

    @Option(names = "--documents", paramLabel = "N", description = "Documents, spread over the corpus (default: 1000).")
    int documents = 1000;

    @Option(names = "--passes", paramLabel = "N", description = "Timed passes per folder; the median is reported (default: 9).")
    int passes = 9;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Folder of TEI files (default: ../shared/corpus/schnitzler/letters).")
    Path corpus = Path.of("../shared/corpus/schnitzler/letters");

    @Option(names = "--profile", description = "Instead of timing: compile each folder's stylesheet with tracing and print where its time goes, per template and function.")
    boolean profile;

    @Option(names = "--top", paramLabel = "N", description = "With --profile: how many templates and functions to print per folder (default: 40).")
    int top = 40;

    @Override
    public Integer call() {
        if (BenchCommand.noCorpus(spec, corpus)) {
            return Editio.SETUP;
        }
        String table = profile ? Bench.profilePages(corpus, documents, passes, xslt, top, BenchCommand.progress(spec))
                : Bench.pages(corpus, documents, passes, xslt, BenchCommand.progress(spec));
        spec.commandLine().getOut().print(table);
        spec.commandLine().getOut().flush();
        return Editio.OK;
    }
}
