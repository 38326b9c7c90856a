package org.editio.pipeline;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
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
            h.addContents(project.relaxNg()).addContents(project.schematron()).addContents(project.xslt());
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
                h.addFolder(where);
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

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }
}
