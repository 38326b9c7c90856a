package org.editio.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.editio.problem.SetupException;

/**
 * The templates {@code editio new} starts documents from: PROJECT/schemas/templates/TYPE.xml, and the
 * copies bundled in the jar (editio/schemas/templates/TYPE.xml) for the types the project does not
 * have. Reads files only; immutable.
 */
final class Templates {
    static final String FOLDER = "schemas/templates";

    private final Path own;

    Templates(Path root) {
        this.own = root.resolve(FOLDER);
    }

    /** Every type, mapped to the template it is created from (the project's copy wins). */
    TreeMap<String, URL> all() {
        TreeMap<String, URL> types = new TreeMap<>();
        bundled(types);
        if (Files.isDirectory(own)) {
            try (Stream<Path> s = Files.list(own)) {
                s.filter(f -> f.getFileName().toString().endsWith(".xml") && Files.isRegularFile(f))
                        .forEach(f -> types.put(type(f.getFileName().toString()), url(f)));
            } catch (IOException e) {
                throw new SetupException("cannot list " + own + ": " + e.getMessage(), e);
            }
        }
        return types;
    }

    /** The text of the template for {@code type}. */
    String text(String type) {
        TreeMap<String, URL> types = all();
        URL u = types.get(type);
        if (u == null) {
            throw new SetupException("no template for the type \"" + type + "\"; the types are " + String.join(", ", types.keySet())
                    + " (templates are " + FOLDER + "/TYPE.xml)");
        }
        try (InputStream in = u.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SetupException("cannot read the template " + u + ": " + e.getMessage(), e);
        }
    }

    private static void bundled(TreeMap<String, URL> types) {
        URL catalog = Templates.class.getResource("/editio/" + Project.CATALOG);
        if (catalog == null) {
            throw new SetupException("the jar has no bundled " + Project.CATALOG);
        }
        try {
            if (catalog.getProtocol().equals("jar")) {
                JarFile jar = ((JarURLConnection) catalog.openConnection()).getJarFile();
                String prefix = "editio/" + FOLDER + "/";
                for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements();) {
                    String name = e.nextElement().getName();
                    if (name.startsWith(prefix) && name.endsWith(".xml") && name.indexOf('/', prefix.length()) < 0) {
                        String file = name.substring(prefix.length());
                        types.put(type(file), new URL(catalog, "templates/" + file));
                    }
                }
            } else {
                Path folder = Path.of(catalog.toURI()).resolveSibling("templates");
                if (Files.isDirectory(folder)) {
                    try (Stream<Path> s = Files.list(folder)) {
                        for (Path f : s.filter(f -> f.getFileName().toString().endsWith(".xml")).toList()) {
                            types.put(type(f.getFileName().toString()), url(f));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new SetupException("bad resource URL " + catalog, e);
        }
    }

    private static String type(String fileName) {
        return fileName.substring(0, fileName.length() - ".xml".length());
    }

    private static URL url(Path p) {
        try {
            return p.toAbsolutePath().normalize().toUri().toURL();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
