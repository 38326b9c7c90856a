package org.editio.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.editio.project.Project;
import org.editio.render.PdfRenderer;
import org.editio.transform.Stylesheets;
import org.editio.validate.Validation;
import org.editio.xml.Xml;

/**
 * The compiled schemas, stylesheets and PDF renderer of a {@link Publisher}, with the Saxon processor
 * they belong to, kept from one build to the next: each is compiled again only when the contents it was
 * compiled from changed (a SHA-256 of the schema files and the schemas/ folder, of every file of xslt/, of
 * the project folder for the renderer). A one-shot build gains nothing from it; {@code editio serve}
 * rebuilds in one JVM and saves the compilation each time. Thread-safe; the values it hands out are
 * immutable and shared.
 */
public final class Compiled {
    private final Xml xml = Xml.create();
    private final Slot<Validation> validation = new Slot<>();
    private final Slot<Stylesheets> stylesheets = new Slot<>();
    private final Slot<PdfRenderer> pdf = new Slot<>();

    /**
     * Compiles now what a build of {@code project} with {@code options} will need, so that the first
     * change after a build that changed nothing (and so compiled nothing) does not wait for it.
     *
     * @throws org.editio.problem.SetupException when a schema or stylesheet does not compile
     */
    public void prepare(Project project, Options options) {
        validation(project, options.maxProblems());
        stylesheets(project);
        if (options.pdf()) {
            pdf(project);
        }
    }

    /**
     * Runs the schemas and the HTML stylesheet a few times on the project's first sources, into nothing
     * (no file is written; problems are dropped): the JIT compiles the paths a rebuild takes, so that the
     * first saves after {@code editio serve} starts are as quick as the later ones. Failures are ignored
     * (the builds report them).
     */
    public void warmUp(Project project, Options options, int rounds) {
        Stylesheets sheets = stylesheets(project);
        // The trees a build makes: without the whitespace the pages' stylesheet strips (a tree with it would
        // warm up Saxon's stripping view, which builds never take).
        Validation v = validation(project, options.maxProblems()).forRun(() -> sheets.whitespace(true));
        List<Path> sources = project.sources().stream().limit(2).toList();
        for (int i = 0; i < rounds; i++) {
            for (Path file : sources) {
                try {
                    Validation.Result r = v.check(file);
                    if (r.readable()) {
                        sheets.page(file, r.document(), new Stylesheets.Context(null, List.of(), Map.of("id", "warm-up")),
                                OutputStream.nullOutputStream(), rel -> OutputStream.nullOutputStream(), p -> { });
                    }
                } catch (Exception | StackOverflowError e) {
                    return;
                }
            }
        }
    }

    /** The Saxon processor every build of this cache parses and transforms with. */
    Xml xml() {
        return xml;
    }

    Validation validation(Project project, int maxProblems) {
        String key = key(h -> {
            h.add(String.valueOf(maxProblems));
            h.addContents(project.relaxNg()).addContents(project.schematron());
            // What the schemas include or read (the catalog) lies beside them in schemas/.
            h.addFolder(project.root().resolve("schemas"));
        });
        return validation.get(key, () -> Validation.load(xml, project.relaxNg(), project.schematron(), maxProblems));
    }

    Stylesheets stylesheets(Project project) {
        // The guidelines page is made from the schemas: they are part of what the stylesheets were given.
        String key = key(h -> {
            h.addContents(project.xslt()).addContents(project.relaxNg()).addContents(project.schematron());
        });
        return stylesheets.get(key, () -> Stylesheets.compile(xml, project::stylesheet)
                .withSchemas(project.relaxNg(), project.schematron()));
    }

    PdfRenderer pdf(Project project) {
        String key = key(h -> h.add(project.root().toAbsolutePath().normalize().toString()));
        return pdf.get(key, () -> PdfRenderer.create(project.root(), "Editio " + Version.VALUE + " (Apache FOP)"));
    }

    /** One compiled value and the key of the contents it was made from. */
    private static final class Slot<T> {
        private String key;
        private T value;

        synchronized T get(String key, Supplier<T> compile) {
            if (value == null || !key.equals(this.key)) {
                value = null;
                value = compile.get();
                this.key = key;
            }
            return value;
        }
    }

    private interface Parts {
        void add(Hashes h) throws IOException, URISyntaxException;
    }

    private static String key(Parts parts) {
        Hashes h = new Hashes();
        try {
            parts.add(h);
            return h.hex();
        } catch (IOException | URISyntaxException e) {
            // Contents that cannot be read cannot be known unchanged: compile again.
            return "unreadable " + System.nanoTime();
        }
    }
}
