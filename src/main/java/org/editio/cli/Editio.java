package org.editio.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code editio} command: a thin shell over the pipeline. Exit codes: 0 ok, 1 problems in the input,
 * 2 usage or setup error.
 */
@Command(name = "editio", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Validates TEI documents and publishes them as a static HTML edition and PDFs.",
        subcommands = {ValidateCommand.class, BuildCommand.class, ServeCommand.class, NewCommand.class, BenchCommand.class, BenchPagesCommand.class})
public final class Editio implements Runnable {
    static final int OK = 0;
    static final int PROBLEMS = 1;
    static final int SETUP = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: validate, build, serve, new or bench");
    }

    /** A configured command line, for {@link #main} and for tests that capture its output. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Editio());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> SETUP);
        cl.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("editio: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return SETUP;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            cmd.getErr().println("editio: " + Failures.describe(ex));
            if (System.getenv("EDITIO_DEBUG") != null) {
                ex.printStackTrace(cmd.getErr());
            }
            return SETUP;
        });
        return cl;
    }

    public static void main(String[] args) {
        // The output must not depend on the machine: FOP writes the PDFs' dates in the default time zone, and
        // reads roman page labels with the default locale's case rules (in Turkish "i".toUpperCase() is "İ").
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("UTC"));
        java.util.Locale.setDefault(java.util.Locale.ROOT);
        // Problems go to stdout in large writes, flushed when a report ends (ProblemReport.write) and here: a
        // build of 4,420 letters prints 446,400 warnings, and one write to the system per line cost a second.
        PrintWriter out = new PrintWriter(new java.io.BufferedWriter(new java.io.OutputStreamWriter(System.out), 1 << 16), false);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
