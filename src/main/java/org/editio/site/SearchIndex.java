package org.editio.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Builds the site's full-text search index with Pagefind (a native program from the npm registry, which
 * Maven installs into target/npm). Runs offline, on a folder of pages, into one bundle folder (see org.editio.pipeline.SearchShards).
 * Stateless.
 */
public final class SearchIndex {
    private static final String BINARY = "npm/node_modules/@pagefind/linux-x64/bin/pagefind_extended";
    private static final long TIMEOUT_MINUTES = 10;
    /**
     * Pages per fragment file. Pagefind writes one small file (the page's excerpt and metadata, about 0.8 kB)
     * per page unless told to group them: four per file make a quarter of the files, and a result still loads
     * a few kilobytes. Measured on the 4,420 Schnitzler letters (docs/benchmarks.md): creating files is much of
     * a build's system time on this machine's file system.
     */
    static final int PAGES_PER_FRAGMENT_FILE = 4;

    private SearchIndex() {
    }

    /**
     * Where Pagefind is: {@code EDITIO_PAGEFIND} if set, else beside Editio's own jar or classes
     * (target/npm/…), else nothing.
     */
    public static Optional<Path> locate() {
        String env = System.getenv("EDITIO_PAGEFIND");
        if (env != null && !env.isBlank()) {
            Path p = Path.of(env);
            return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        try {
            Path code = Path.of(SearchIndex.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path candidate = code.getParent().resolve(BINARY);
            return Files.isExecutable(candidate) ? Optional.of(candidate) : Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /**
     * Indexes the {@code count} pages of {@code pages} (their URLs relative to it, as in the site) into the
     * bundle folder {@code bundle}, their fragments {@link #PAGES_PER_FRAGMENT_FILE} to a file; returns what
     * went wrong, or an empty string.
     */
    public static String build(Path pagefind, Path pages, int count, Path bundle) {
        List<String> command = new ArrayList<>(List.of(pagefind.toString(), "--site", pages.toString(),
                "--output-path", bundle.toAbsolutePath().toString(), "--force-language", "en", "--quiet",
                "--max-fragments", String.valueOf(fragmentFiles(count))));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return "Pagefind did not finish within " + TIMEOUT_MINUTES + " minutes";
            }
            if (p.exitValue() != 0) {
                return "Pagefind failed (exit " + p.exitValue() + "): " + new String(out, StandardCharsets.UTF_8).strip();
            }
            return "";
        } catch (IOException e) {
            return "Pagefind could not run: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while Pagefind ran";
        }
    }

    /** The fragment files for {@code pages} pages: one per {@link #PAGES_PER_FRAGMENT_FILE} (at least one). */
    static int fragmentFiles(int pages) {
        return Math.max(1, (pages + PAGES_PER_FRAGMENT_FILE - 1) / PAGES_PER_FRAGMENT_FILE);
    }
}
