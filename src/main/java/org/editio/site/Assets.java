package org.editio.site;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Lists the files of a stylesheet folder's {@code assets/}, whether it is a folder or inside the jar. A
 * symbolic link is not followed (its target may lie outside the project) and is not published. Stateless.
 */
final class Assets {
    private Assets() {
    }

    /** Pairs of (path relative to assets/, URL), sorted by path. */
    static List<Map.Entry<String, URL>> list(URL xslt) throws IOException {
        try {
            URI assets = new URL(xslt, "assets/").toURI();
            if ("jar".equals(assets.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(assets);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(assets, Map.of());
                }
                return walk(fs.provider().getPath(assets));
            }
            return walk(Path.of(assets));
        } catch (URISyntaxException e) {
            throw new IOException("bad stylesheet location " + xslt, e);
        }
    }

    private static List<Map.Entry<String, URL>> walk(Path root) throws IOException {
        List<Map.Entry<String, URL>> files = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (!rel.startsWith(".")) {
                    files.add(new AbstractMap.SimpleEntry<>(rel, p.toUri().toURL()));
                }
            }
        }
        return files;
    }
}
