package org.editio.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.editio.problem.SetupException;

/**
 * Where an edition's parts are: PROJECT/tei (sources, with the shared register tei/register.xml),
 * PROJECT/schemas and PROJECT/xslt (each replaced by the copy bundled in the jar when absent), and the
 * output folder. The schemas are found by their canonical URIs ({@code urn:x-editio:schema:editio.rng},
 * {@code …editio.sch}) through the OASIS catalogs PROJECT/schemas/catalog.xml, then the jar's copy: the
 * way editors' tools resolve the documents' xml-model lines. Immutable.
 *
 * @param root       the project folder
 * @param out        the output folder (site/ and pdf/ go below it)
 * @param relaxNg    the RelaxNG schema in use
 * @param schematron the Schematron rules in use
 * @param xslt       the folder of the entry stylesheets (file: or jar: URL ending in '/')
 */
public record Project(Path root, Path out, URL relaxNg, URL schematron, URL xslt) {
    /** File name of the edition's shared register inside tei/. */
    public static final String REGISTER = "register.xml";
    /** The OASIS catalog of the edition's schemas, below the project (and bundled in the jar). */
    static final String CATALOG = "schemas/catalog.xml";

    /** The project at {@code root}; {@code out} and {@code schema} may be null for the defaults. */
    public static Project at(Path root, Path out, Path schema) {
        Path r = root.toAbsolutePath().normalize();
        Path o = out == null ? r.resolve("output") : out.toAbsolutePath().normalize();
        Catalog catalog = catalog(r);
        URL rng = schema != null ? url(schema) : schema(catalog, r, Catalog.RELAXNG, "editio.rng");
        URL sch = schema(catalog, r, Catalog.SCHEMATRON, "editio.sch");
        URL xsl = Files.isRegularFile(r.resolve("xslt/html.xsl")) ? url(r.resolve("xslt")) : bundled("xslt/");
        return new Project(r, o, rng, sch, xsl);
    }

    public Path tei() {
        return root.resolve("tei");
    }

    /** Every tei/**&#47;*.xml in a stable order (the register included). */
    public List<Path> sources() {
        if (!Files.isDirectory(tei())) {
            throw new SetupException("no tei/ folder in " + root);
        }
        return xmlFilesUnder(tei());
    }

    /** The symbolic links in tei/ (tei/ itself included), which {@link #sources} does not follow, sorted. */
    public List<Path> links() {
        if (Files.isSymbolicLink(tei())) {
            return List.of(tei());
        }
        if (!Files.isDirectory(tei())) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(tei())) {
            return s.filter(Files::isSymbolicLink).map(f -> f.toAbsolutePath().normalize()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isRegister(Path file) {
        return file.toAbsolutePath().normalize().equals(tei().resolve(REGISTER));
    }

    /**
     * The *.xml files under a folder, or the file itself, sorted. Symbolic links below the folder are not
     * followed (their targets may lie outside the project): see {@link #links}.
     */
    public static List<Path> xmlFilesUnder(Path p) {
        if (Files.isRegularFile(p)) {
            return List.of(p.toAbsolutePath().normalize());
        }
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).filter(f -> f.getFileName().toString().endsWith(".xml"))
                    .map(f -> f.toAbsolutePath().normalize()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document types {@code editio new} can create (the project's templates and the jar's). */
    public List<String> documentTypes() {
        return List.copyOf(new Templates(root).all().keySet());
    }

    /**
     * Creates tei/NAME.xml from the template of {@code type}, with a fresh xml:id derived from NAME and
     * {@code today} as the date of the encoding, and returns its path.
     *
     * @throws SetupException for a bad or taken NAME, an unknown type or an unwritable file
     */
    public Path newDocument(String type, String name, LocalDate today) {
        return new NewDocument(this).create(type, name, today);
    }

    /** The stylesheet {@code name} (e.g. {@code html.xsl}) of this project. */
    public URL stylesheet(String name) {
        try {
            return new URL(xslt, name);
        } catch (MalformedURLException e) {
            throw new SetupException("bad stylesheet name " + name, e);
        }
    }

    /** PROJECT/schemas/catalog.xml when there is one, then the jar's copy. */
    static Catalog catalog(Path root) {
        Path own = root.resolve(CATALOG);
        URL jar = bundled(CATALOG);
        return Catalog.of(Files.isRegularFile(own) ? List.of(url(own), jar) : List.of(jar));
    }

    /**
     * The schema named {@code canonical}: PROJECT/schemas/NAME for a project that has its own schemas but
     * no catalog; otherwise as the catalogs map it (the project's, then the jar's, which maps the bundled copy).
     */
    private static URL schema(Catalog catalog, Path root, String canonical, String name) {
        Path own = root.resolve("schemas").resolve(name);
        if (!Files.isRegularFile(root.resolve(CATALOG)) && Files.isRegularFile(own)) {
            return url(own);
        }
        return require(catalog.lookup(canonical), canonical, catalog);
    }

    private static URL require(URL found, String canonical, Catalog catalog) {
        if (found == null) {
            throw new SetupException("no XML catalog maps " + canonical + " (catalogs " + catalog.files() + ")");
        }
        return found;
    }

    private static URL bundled(String name) {
        URL u = Project.class.getResource("/editio/" + name);
        if (u == null) {
            throw new SetupException("the jar has no bundled " + name);
        }
        return u;
    }

    private static URL url(Path p) {
        try {
            String s = p.toAbsolutePath().normalize().toUri().toString();
            return new URL(Files.isDirectory(p) && !s.endsWith("/") ? s + "/" : s);
        } catch (MalformedURLException e) {
            throw new SetupException("bad path " + p, e);
        }
    }
}
