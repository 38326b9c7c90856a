package org.editio.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A static file server on 127.0.0.1 (a free port) for a built site, as any plain host serves it: files by
 * path, a folder's index.html, 404.html with status 404 for anything missing, and the content types
 * browsers insist on (ES modules need text/javascript, WebAssembly needs application/wasm). Java 17 has
 * no SimpleFileServer, hence this.
 */
final class SiteServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("jsonld", "application/ld+json"),
            Map.entry("wasm", "application/wasm"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("xml", "application/xml"),
            Map.entry("bib", "text/plain; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"));

    private final Path root;
    private final HttpServer server;
    private final ExecutorService pool;
    private final java.util.List<String> requested = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    private SiteServer(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.pool = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "site-server");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
    }

    static SiteServer serve(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("no site to serve at " + root);
        }
        return new SiteServer(root);
    }

    /** The absolute URL of {@code relative} (a path with optional query, no leading slash). */
    String url(String relative) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + relative;
    }

    /** The paths asked for since the last call, in order. */
    java.util.List<String> drainRequests() {
        synchronized (requested) {
            java.util.List<String> copy = java.util.List.copyOf(requested);
            requested.clear();
            return copy;
        }
    }

    static String contentType(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.startsWith("pf_") || name.endsWith(".pf_meta") || name.endsWith(".pf_index")
                || name.endsWith(".pf_fragment") || name.endsWith(".pf_filter")) {
            return "application/octet-stream"; // Pagefind's compressed index chunks
        }
        int dot = name.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(name.substring(dot + 1));
        return type != null ? type : "application/octet-stream";
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(ex, 405, "text/plain; charset=utf-8", new byte[0], method);
                return;
            }
            String path = ex.getRequestURI().getPath(); // decoded, no query
            requested.add(path);
            Path file = root.resolve(path.replaceFirst("^/+", "")).normalize();
            if (!file.startsWith(root)) {
                send(ex, 403, "text/plain; charset=utf-8", "forbidden".getBytes(), method);
                return;
            }
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (Files.isRegularFile(file)) {
                send(ex, 200, contentType(file.getFileName().toString()), Files.readAllBytes(file), method);
                return;
            }
            Path notFound = root.resolve("404.html");
            if (Files.isRegularFile(notFound)) {
                send(ex, 404, TYPES.get("html"), Files.readAllBytes(notFound), method);
            } else {
                send(ex, 404, "text/plain; charset=utf-8", "not found".getBytes(), method);
            }
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body, String method) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = method.equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : (body.length == 0 ? -1 : body.length));
        if (!head && body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
