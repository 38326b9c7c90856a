package org.editio.report;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.editio.problem.Problem;

/** How the machine formats name files: relative to the run's base with '/' separators, or as URIs. Stateless. */
final class FileNames {
    private FileNames() {
    }

    /** The file relative to {@code base} when it lies below it (else absolute), with '/' separators; null for none. */
    static String name(Path file, Path base) {
        return file == null ? null : Problem.display(file, base).replace(File.separatorChar, '/');
    }

    /**
     * A URI reference for the file: relative (percent-encoded, ASCII) when it lies below {@code base}, else
     * an absolute file: URI.
     */
    static String uri(Path file, Path base) {
        String name = name(file, base);
        if (Path.of(name).isAbsolute()) {
            return file.toAbsolutePath().normalize().toUri().toASCIIString();
        }
        // "a:b.xml" would read as a URI with the scheme "a".
        String path = name.split("/", 2)[0].contains(":") ? "./" + name : name;
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("no URI for " + name, e);
        }
    }

    /** The base folder as a file: URI ending in '/'. */
    static String baseUri(Path base) {
        String u = base.toAbsolutePath().normalize().toUri().toASCIIString();
        return u.endsWith("/") ? u : u + "/";
    }
}
