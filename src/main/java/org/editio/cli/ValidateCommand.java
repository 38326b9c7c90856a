package org.editio.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.editio.pipeline.Publisher;
import org.editio.project.Project;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code editio validate [--schema RNG] [--lenient] [--format text|json|sarif|junit] PATH…} */
@Command(name = "validate", description = "Checks TEI files and folders against the RelaxNG schema and the Schematron rules.")
final class ValidateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--schema", paramLabel = "RNG", description = "RelaxNG schema to use instead of the edition's (the pointer rules still apply).")
    Path schema;

    @Option(names = "--lenient", description = "Report schema problems as warnings.")
    boolean lenient;

    @Option(names = "--max-problems", paramLabel = "N", description = "Problems listed per file (default: 100; 0 lists all).")
    int maxProblems = org.editio.validate.Validation.DEFAULT_LIMIT;

    @Option(names = "--format", paramLabel = "text|json|sarif|junit", description = Printer.FORMAT_HELP)
    Printer.Format format = Printer.Format.text;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "TEI files or folders (all *.xml below).")
    List<Path> paths;

    @Override
    public Integer call() {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                spec.commandLine().getErr().println("editio: no such file or folder: " + p);
                return Editio.SETUP;
            }
            files.addAll(Project.xmlFilesUnder(p));
        }
        Project defaults = Project.at(Path.of(""), null, schema);
        var report = new Publisher().validate(files, defaults.relaxNg(), defaults.schematron(), lenient, maxProblems);
        return Printer.print(format, "validate", files, report, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
