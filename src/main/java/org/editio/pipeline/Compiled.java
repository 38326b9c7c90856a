package org.editio.pipeline;

import java.io.IOException;
import java.net.URISyntaxException;
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
