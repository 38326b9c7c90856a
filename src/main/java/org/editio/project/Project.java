package org.editio.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.editio.problem.SetupException;

/**
 * Where an edition's parts are: PROJECT/tei (sources, with the shared register tei/register.xml),
 * PROJECT/schemas and PROJECT/xslt (each replaced by the copy bundled in the jar when absent), and the
 * output folder. Immutable.
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

    /** The project at {@code root}; {@code out} and {@code schema} may be null for the defaults. */
    public static Project at(Path root, Path out, Path schema) {
        Path r = root.toAbsolutePath().normalize();
        Path o = out == null ? r.resolve("output") : out.toAbsolutePath().normalize();
        URL rng = schema != null ? url(schema) : local(r.resolve("schemas/editio.rng"), "schemas/editio.rng");
        URL sch = local(r.resolve("schemas/editio.sch"), "schemas/editio.sch");
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

    /** The stylesheet {@code name} (e.g. {@code html.xsl}) of this project. */
    public URL stylesheet(String name) {
        try {
            return new URL(xslt, name);
        } catch (MalformedURLException e) {
            throw new SetupException("bad stylesheet name " + name, e);
        }
    }

    private static URL local(Path file, String bundledName) {
        return Files.isRegularFile(file) ? url(file) : bundled(bundledName);
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
