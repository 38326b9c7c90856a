package org.editio.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.editio.project.Project;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code editio new [--project PROJECT] [--type TYPE] NAME} and {@code editio new --list-types} */
@Command(name = "new", description = "Creates PROJECT/tei/NAME.xml from the edition's template for a document type.")
final class NewCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-p", "--project"}, paramLabel = "PROJECT", description = "Project folder (default: the current folder).")
    Path project = Path.of("");

    @Option(names = {"-t", "--type"}, paramLabel = "TYPE", description = "Document type (default: telegram); see --list-types.")
    String type = "telegram";

    @Option(names = "--list-types", description = "List the document types and exit.")
    boolean listTypes;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "File name of the new document in tei/ (NAME.xml); also its xml:id.")
    String name;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        if (!Files.isDirectory(project)) {
            err.println("editio: no such project folder: " + project);
            return Editio.SETUP;
        }
        Project p = Project.at(project, null, null);
        if (listTypes) {
            p.documentTypes().forEach(spec.commandLine().getOut()::println);
            return Editio.OK;
        }
        if (name == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "NAME is required (or --list-types)");
        }
        Path created = p.newDocument(type, name, LocalDate.now());
        Path cwd = Path.of("").toAbsolutePath();
        spec.commandLine().getOut().println(created.startsWith(cwd) ? cwd.relativize(created) : created);
        return Editio.OK;
    }
}
