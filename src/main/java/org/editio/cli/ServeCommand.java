package org.editio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.editio.pipeline.Options;
import org.editio.project.Project;
import org.editio.serve.Serve;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code editio serve [PROJECT] [--port N] [--schema RNG] [--lenient] [--pdf]}: builds, serves the site on
 * the loopback address, and builds again after every save until Ctrl-C.
 */
@Command(name = "serve", description = "Builds PROJECT, serves its site on http://127.0.0.1:N/ and rebuilds and reloads the open pages after every save in tei/, schemas/ or xslt/.")
final class ServeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PROJECT", description = "Project folder (default: the current folder).")
    Path project = Path.of("");

    @Option(names = "--port", paramLabel = "N", description = "Port on 127.0.0.1 (default: 8000; 0: any free port).")
    int port = 8000;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: PROJECT/output).")
    Path out;

    @Option(names = "--schema", paramLabel = "RNG", description = "RelaxNG schema to use instead of the edition's (the pointer rules still apply).")
    Path schema;

    @Option(names = "--lenient", description = "Publish every well-formed TEI document; schema problems become warnings.")
    boolean lenient;

    @Option(names = "--pdf", description = "Make the PDFs too (slower; by default only the HTML site).")
    boolean pdf;

    @Option(names = "--max-problems", paramLabel = "N", description = "Problems listed per file (default: 100; 0 lists all).")
    int maxProblems = org.editio.validate.Validation.DEFAULT_LIMIT;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(project)) {
            err.println("editio: no such project folder: " + project);
            return Editio.SETUP;
        }
        if (port < 0 || port > 65535) {
            err.println("editio: --port must lie between 0 and 65535");
            return Editio.SETUP;
        }
        Project p = Project.at(project, out, schema);
        Options options = new Options(lenient, true, pdf, "", "A4", maxProblems);
        Serve serve;
        try {
            serve = Serve.start(p, options, port, b -> report(p, b));
        } catch (java.net.BindException e) {
            err.println("editio: cannot serve on port " + port + ": " + e.getMessage() + " (try --port 0)");
            return Editio.SETUP;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            serve.close();
            err.println("editio: stopped");
            err.flush();
            stopped.countDown();
        }, "editio-stop"));
        err.println("editio: serving " + serve.address() + " (watching tei/, schemas/ and xslt/; Ctrl-C stops)");
        err.flush();
        stopped.await();
        return Editio.OK;
    }

    /** The problems printed last: a follow-up that found the same prints only its time. */
    private List<org.editio.problem.Problem> printed = List.of();

    /** Prints a build's problems as {@code build} does, and how long it took. */
    private void report(Project p, Serve.Build b) {
        PrintWriter err = spec.commandLine().getErr();
        if (b.failure() != null) {
            err.println("editio: build " + b.number() + " failed: " + b.failure());
        } else if (!(b.followUp() && b.report().problems().equals(printed))) {
            printed = b.report().problems();
            Printer.print(Printer.Format.text, "build", p.sources(), b.report(), spec.commandLine().getOut(), err);
        }
        if (b.followUp()) {
            err.println("editio: build " + b.number() + ": the edition's pages, search index and register pages"
                    + " brought up to date in " + b.millis() + " ms");
        } else {
            err.println("editio: build " + b.number() + " took " + b.millis() + " ms" + (b.number() == 1 ? ""
                    : b.ok() ? "; open pages reloaded" : "; open pages show the problems"));
        }
        err.flush();
    }
}
