package org.editio.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.editio.pipeline.Options;
import org.editio.pipeline.Publisher;
import org.editio.project.Project;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code editio build [PROJECT] [--out DIR] [--schema RNG] [--lenient] [--only html|pdf] [--format text|json|sarif|junit]} */
@Command(name = "build", description = "Validates PROJECT/tei and publishes the valid documents to DIR/site (HTML) and DIR/pdf.")
final class BuildCommand implements Callable<Integer> {
    enum Only { html, pdf }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PROJECT", description = "Project folder (default: the current folder).")
    Path project = Path.of("");

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: PROJECT/output).")
    Path out;

    @Option(names = "--schema", paramLabel = "RNG", description = "RelaxNG schema to use instead of the edition's (the pointer rules still apply).")
    Path schema;

    @Option(names = "--lenient", description = "Publish every well-formed TEI document; schema problems become warnings.")
    boolean lenient;

    @Option(names = "--max-problems", paramLabel = "N", description = "Problems listed per file (default: 100; 0 lists all).")
    int maxProblems = org.editio.validate.Validation.DEFAULT_LIMIT;

    @Option(names = "--site-url", paramLabel = "URL", description = "Absolute URL the site will be served from (sitemap, citations).")
    String siteUrl = "";

    enum PageSize { A4, Letter }

    @Option(names = "--page-size", paramLabel = "A4|Letter", description = "Paper size of the PDFs (default: A4).")
    PageSize pageSize = PageSize.A4;

    @Option(names = "--only", paramLabel = "html|pdf", description = "Make only the HTML site or only the PDFs.")
    Only only;

    @Option(names = "--format", paramLabel = "text|json|sarif|junit", description = Printer.FORMAT_HELP)
    Printer.Format format = Printer.Format.text;

    @Override
    public Integer call() {
        if (!Files.isDirectory(project)) {
            spec.commandLine().getErr().println("editio: no such project folder: " + project);
            return Editio.SETUP;
        }
        Project p = Project.at(project, out, schema);
        Options options = new Options(lenient, only != Only.pdf, only != Only.html, siteUrl, pageSize.name(), maxProblems);
        var err = spec.commandLine().getErr();
        var report = new Publisher(new ProgressPrinter(err, System.console() != null, System::nanoTime)).build(p, options);
        return Printer.print(format, "build", p.sources(), report, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
