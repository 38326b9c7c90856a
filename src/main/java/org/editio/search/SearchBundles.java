package org.editio.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.xml.sax.ContentHandler;

/**
 * The site's search index, written by Editio in Pagefind 1.6.0's format (so that Pagefind's own search
 * script and WebAssembly read it), from what each page's serialisation showed ({@link PageReader}) rather
 * than by Pagefind reading the pages again: the same words, weights, excerpts, anchors, filters and sorts
 * (SearchBundleParityTest compares the two indexes word by word), written with Java's zlib instead of
 * Pagefind's slowest deflate level. Pagefind itself still provides the bundle's static part (its
 * scripts, styles and WebAssembly), from a one-page run ({@link #template}). Stateless; the template
 * and records are immutable and shared.
 */
public final class SearchBundles {
    /** The folder of the build (beside site/, not published) that holds each page's record. */
    public static final String RECORDS = "search/";
    /** The language every page is indexed in: the English stemmer, as Pagefind's {@code --force-language en}. */
    public static final String LANGUAGE = "en";
    private static final long TIMEOUT_SECONDS = 120;
    private static final Pattern VERSION = Pattern.compile("\"version\":\"([^\"]*)\"");
    private static final Pattern INCLUDE = Pattern.compile("\"include_characters\":(\\[[^\\]]*\\])");

    private SearchBundles() {
    }

    /**
     * Whether builds write the search index with Editio's writer ({@code EDITIO_SEARCH_INDEXER=editio}, or the
     * system property {@code editio.search.writer=true}) instead of running Pagefind on the pages. Off by
     * default: Pagefind 1.6.0's browser side stems queries with Snowball 3's English algorithm and this
     * writer with Snowball 2's (see SearchBundleParityTest), so some English words ("organization",
     * "university") would not be found.
     */
    public static boolean enabled() {
        return Boolean.getBoolean("editio.search.writer") || "editio".equals(System.getenv("EDITIO_SEARCH_INDEXER"));
    }

    /** Reads one page's result tree while it is serialised. One per page and thread. */
    public static final class PageReader {
        private final PageText text = new PageText();

        private PageReader() {
        }

        /** The events of the page. */
        public ContentHandler handler() {
            return text;
        }

        /** The record of the page at {@code href} in the site (e.g. {@code letters/L00366.html}). */
        public byte[] record(String href) {
            return text.record(url(href), null).bytes();
        }
    }

    public static PageReader reader() {
        return new PageReader();
    }

    /** The static part of a bundle, as Pagefind wrote it for a one-page site. */
    public record Template(String version, String includeCharacters, Map<String, byte[]> files) {
    }

    /**
     * Runs Pagefind ({@code pagefind}) on a one-page site in {@code scratch} (a new folder, deleted
     * afterwards by the caller) and keeps the files every bundle has.
     */
    public static Template template(Path pagefind, Path scratch) throws IOException {
        Path pages = scratch.resolve("page");
        Path out = scratch.resolve("bundle");
        Files.createDirectories(pages);
        Files.writeString(pages.resolve("index.html"), "<!DOCTYPE html><html lang=\"en\"><head><title>Editio</title></head>"
                + "<body><p>Editio</p></body></html>", StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(pagefind.toString(), "--site", pages.toString(), "--output-path",
                out.toAbsolutePath().toString(), "--force-language", LANGUAGE, "--quiet").redirectErrorStream(true).start();
        p.getOutputStream().close();
        byte[] said = p.getInputStream().readAllBytes();
        try {
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("Pagefind did not finish within " + TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while Pagefind ran", e);
        }
        if (p.exitValue() != 0) {
            throw new IOException("Pagefind failed (exit " + p.exitValue() + "): " + new String(said, StandardCharsets.UTF_8).strip());
        }
        String entry = Files.readString(out.resolve("pagefind-entry.json"), StandardCharsets.UTF_8);
        Matcher version = VERSION.matcher(entry);
        Matcher include = INCLUDE.matcher(entry);
        if (!version.find() || !include.find()) {
            throw new IOException("Pagefind's pagefind-entry.json is not as expected: " + entry);
        }
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(out)) {
            for (Path f : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
                String name = out.relativize(f).toString().replace('\\', '/');
                if (!name.contains("/") && !name.equals("pagefind-entry.json") && !name.endsWith(".pf_meta")) {
                    files.put(name, Files.readAllBytes(f));
                }
            }
        }
        return new Template(version.group(1), include.group(1), files);
    }

    /**
     * Writes the bundle of the pages whose {@code records} are given into the new folder {@code bundle},
     * their fragments {@code pagesPerFragmentFile} to a file; returns the files written, relative to it.
     * An IOException when a record is damaged or a file cannot be written.
     */
    public static List<String> write(List<byte[]> records, Template template, Path bundle, int pagesPerFragmentFile)
            throws IOException {
        List<PageRecord> pages = new ArrayList<>();
        for (byte[] r : records) {
            pages.add(PageRecord.read(r));
        }
        boolean customBody = pages.stream().anyMatch(PageRecord::customBody);
        Words words = new Words();
        List<IndexedPage> indexed = new ArrayList<>();
        pages.sort(Comparator.comparing(PageRecord::url, SearchBundles::byCodePoints));
        for (PageRecord r : pages) {
            if (customBody && !r.customBody()) {
                continue;
            }
            IndexedPage page = new IndexedPage(r, words);
            if (!page.words.isEmpty()) {
                indexed.add(page);
            }
        }
        Bundle b = new Bundle(LANGUAGE, template.version());
        b.make(indexed, pagesPerFragmentFile);
        Map<String, byte[]> files = new TreeMap<>(template.files());
        files.putAll(b.files);
        String wasm = template.files().containsKey("wasm." + LANGUAGE + ".pagefind") ? "\"" + LANGUAGE + "\"" : "null";
        files.put("pagefind-entry.json", ("{\"version\":\"" + template.version() + "\",\"languages\":{\"" + LANGUAGE
                + "\":{\"hash\":\"" + b.metaHash + "\",\"wasm\":" + wasm + ",\"page_count\":" + b.pageCount
                + "}},\"include_characters\":" + template.includeCharacters() + "}").getBytes(StandardCharsets.UTF_8));
        Map<Path, Boolean> made = new HashMap<>();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path target = bundle.resolve(f.getKey());
            Path dir = target.getParent();
            if (made.putIfAbsent(dir, true) == null) {
                Files.createDirectories(dir);
            }
            Files.write(target, f.getValue());
        }
        return List.copyOf(files.keySet());
    }

    /** Pagefind's URL of a page: {@code /} and its path in the site, percent-encoded, without a final index.html. */
    static String url(String href) {
        String path = href.endsWith("/index.html") ? href.substring(0, href.length() - 10) : href.equals("index.html") ? "" : href;
        StringBuilder b = new StringBuilder("/");
        for (byte x : path.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if (c < 0x20 || c == 0x7f || c >= 0x80 || " \"#%<>?`{}".indexOf(c) >= 0) {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            } else {
                b.append((char) c);
            }
        }
        return b.toString();
    }

    /** Order by code points (UTF-8 byte order), as Rust sorts strings. */
    static int byCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
