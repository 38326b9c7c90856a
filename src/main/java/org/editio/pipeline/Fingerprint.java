package org.editio.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.editio.project.Project;
import org.editio.site.SearchIndex;

/**
 * The content hash of everything besides the sources that shapes the output: Editio's own code and
 * bundled files, the project's stylesheets (every file of xslt/, assets included), its RelaxNG and
 * Schematron schemas, the build's options and the search indexer. A previous build's pages are reused only
 * when its fingerprint is this one. Contents, never timestamps.
 */
final class Fingerprint {
    private static volatile String code;

    private Fingerprint() {
    }

    static String of(Project project, Options options) {
        try {
            Hashes h = new Hashes().add("editio " + Version.VALUE).add(code());
            h.add(String.valueOf(options));
            addUrl(h, project.relaxNg());
            addUrl(h, project.schematron());
            addTree(h, project.xslt());
            var pagefind = SearchIndex.locate();
            h.add(pagefind.map(p -> p.getFileName() + " " + size(p)).orElse("no pagefind"));
            return h.hex();
        } catch (IOException | URISyntaxException e) {
            // An input that cannot be hashed cannot be trusted to be unchanged: build everything.
            return "unhashable " + System.nanoTime();
        }
    }

    /** Editio's classes and bundled resources: the CRC of every jar entry, or every file of a class folder. */
    private static String code() throws IOException, URISyntaxException {
        String c = code;
        if (c == null) {
            Path where = Path.of(Fingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Hashes h = new Hashes();
            if (Files.isDirectory(where)) {
                addFolder(h, where);
            } else {
                try (ZipFile zip = new ZipFile(where.toFile())) {
                    zip.stream().forEach(e -> h.add(e.getName() + " " + e.getCrc() + " " + e.getSize()));
                }
            }
            c = h.hex();
            code = c;
        }
        return c;
    }

    /** Contents only, not where they lie: the same project in another folder has the same fingerprint. */
    private static void addUrl(Hashes h, URL url) throws IOException {
        h.add(url.getProtocol());
        try (InputStream in = url.openStream()) {
            h.add(in);
        }
    }

    /** A file: folder is hashed file by file; a folder inside the jar is part of {@link #code}. */
    private static void addTree(Hashes h, URL url) throws IOException, URISyntaxException {
        h.add(url.getProtocol());
        if ("file".equals(url.getProtocol())) {
            Path dir = Path.of(url.toURI());
            if (Files.isDirectory(dir)) {
                addFolder(h, dir);
            }
        }
    }

    private static void addFolder(Hashes h, Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            h.add(dir.relativize(f).toString());
            try (InputStream in = Files.newInputStream(f)) {
                h.add(in);
            }
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }
}
