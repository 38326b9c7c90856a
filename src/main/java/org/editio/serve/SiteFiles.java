package org.editio.serve;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the file a request path names inside the site folder. The folder is looked up for every request
 * (a build swaps a new one in, perhaps as a link to a versioned folder), and what a path names must lie
 * inside its real location: {@code ..} and {@code .} segments (also percent-encoded), encoded slashes,
 * hidden names and links that lead out are refused. Stateless.
 */
final class SiteFiles {
    /** What a request path comes to. */
    sealed interface Found {
    }

    /** A regular file inside the site: its real path, and that path relative to the site ('/' separated). */
    record File(Path path, String relative) implements Found {
        static File in(Path root, Path path) {
            return new File(path, root.relativize(path).toString().replace('\\', '/'));
        }
    }

    /** A folder named without its final slash: the browser is sent to {@code location}. */
    record Folder(String location) implements Found {
    }

    private SiteFiles() {
    }

    /**
     * @param site    the site folder (may be a link)
     * @param rawPath the request's path as sent, still percent-encoded
     */
    static Optional<Found> find(Path site, String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.empty();
        }
        try {
            Path root = site.toRealPath();
            Path p = root;
            String[] segments = rawPath.substring(1).split("/", -1);
            for (int i = 0; i < segments.length; i++) {
                String s = decode(segments[i]);
                if (s == null) {
                    return Optional.empty();
                }
                if (s.isEmpty()) {
                    if (i == segments.length - 1) {
                        break; // a trailing slash: the folder
                    }
                    return Optional.empty();
                }
                p = p.resolve(s);
            }
            if (!Files.exists(p)) {
                return Optional.empty();
            }
            Path real = p.toRealPath();
            if (!real.startsWith(root)) {
                return Optional.empty();
            }
            if (Files.isDirectory(real)) {
                if (!rawPath.endsWith("/")) {
                    return Optional.of(new Folder(rawPath + "/"));
                }
                real = real.resolve("index.html");
                if (!Files.isRegularFile(real) || !real.toRealPath().startsWith(root)) {
                    return Optional.empty();
                }
                return Optional.of(File.in(root, real.toRealPath()));
            }
            return Files.isRegularFile(real) ? Optional.of(File.in(root, real)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** One path segment decoded; null for one that is refused. */
    private static String decode(String segment) {
        String s;
        try {
            s = URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (s.startsWith(".") || s.indexOf('/') >= 0 || s.indexOf('\\') >= 0 || s.indexOf('\0') >= 0
                || s.indexOf(':') >= 0) {
            return null;
        }
        return s;
    }
}
