package org.editio.serve;

import java.util.Locale;
import java.util.Map;

/**
 * The content type of a served file, by its name: what browsers insist on (ES modules need a JavaScript
 * type, WebAssembly {@code application/wasm}); Pagefind's compressed index chunks are octet streams.
 * Stateless.
 */
final class ContentTypes {
    static final String HTML = "text/html; charset=utf-8";
    private static final String BINARY = "application/octet-stream";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", HTML),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("jsonld", "application/ld+json"),
            Map.entry("wasm", "application/wasm"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("xml", "application/xml"),
            Map.entry("bib", "text/plain; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"));

    private ContentTypes() {
    }

    static String of(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(name.substring(dot + 1));
        // Everything else, Pagefind's .pf_meta, .pf_index, .pf_fragment, .pf_filter and wasm.*.pagefind included.
        return type != null ? type : BINARY;
    }
}
