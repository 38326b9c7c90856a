package org.editio.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Answers the requests of {@code editio serve}: the live-reload files and streams under {@code /_editio/},
 * and the site's files (HTML with the live-reload script, see {@link LivePage}); what is missing gets the
 * site's 404.html with status 404. Only GET and HEAD, only for a Host that names this loopback server (a
 * page elsewhere cannot read the edition through a rebound DNS name). Browsers keep the files but ask again
 * each time (an ETag answers: unchanged), so nothing stale is shown. Thread-safe.
 */
final class Routes implements HttpHandler {
    private static final String PREFIX = "/_editio/";

    private final Supplier<Path> site;
    private final Events events;
    private final Supplier<String> problems;
    private final Supplier<String> state;
    private final Behind behind;
    /** Part of every ETag: a page served by another run of the server is not taken for this one's. */
    private final String server = Long.toHexString(System.nanoTime());
    private volatile int port;

    /**
     * @param site     the site folder (looked up again for every request)
     * @param problems the JSON of the last build's problems
     * @param state    the state a new event stream starts with
     * @param behind   the files a request waits for until they are up to date
     */
    Routes(Supplier<Path> site, Events events, Supplier<String> problems, Supplier<String> state, Behind behind) {
        this.site = site;
        this.behind = behind;
        this.events = events;
        this.problems = problems;
        this.state = state;
    }

    void port(int port) {
        this.port = port;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        String method = ex.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            send(ex, 405, "text/plain; charset=utf-8", "only GET and HEAD".getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (!hostIsLoopback(ex.getRequestHeaders().getFirst("Host"))) {
            send(ex, 403, "text/plain; charset=utf-8", "this server answers only to 127.0.0.1 and localhost".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String path = ex.getRequestURI().getRawPath();
        switch (path) {
            case PREFIX + "events" -> events.stream(ex, "state", state.get());
            case PREFIX + "problems.json" -> send(ex, 200, "application/json", problems.get().getBytes(StandardCharsets.UTF_8));
            case PREFIX + "live.js", PREFIX + "live.css" -> resource(ex, path.substring(PREFIX.length()));
            default -> file(ex, path);
        }
    }

    private boolean hostIsLoopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("127.0.0.1:" + port) || h.equals("localhost:" + port) || h.equals("[::1]:" + port);
    }

    private void file(HttpExchange ex, String rawPath) throws IOException {
        // A build may swap the site folder between finding a file and reading it: look once more.
        for (int attempt = 0; attempt < 2; attempt++) {
            Optional<SiteFiles.Found> found = upToDate(rawPath);
            try {
                if (found.isPresent() && found.get() instanceof SiteFiles.Folder f) {
                    ex.getResponseHeaders().set("Location", f.location());
                    send(ex, 301, "text/plain; charset=utf-8", new byte[0]);
                } else if (found.isPresent() && found.get() instanceof SiteFiles.File f) {
                    page(ex, 200, f.path());
                } else {
                    notFound(ex);
                }
                return;
            } catch (NoSuchFileException e) {
                // swapped out: try again
            }
        }
        notFound(ex);
    }

    private void notFound(HttpExchange ex) throws IOException {
        Optional<SiteFiles.Found> page = upToDate("/404.html");
        if (page.isPresent() && page.get() instanceof SiteFiles.File f) {
            try {
                page(ex, 404, f.path());
                return;
            } catch (NoSuchFileException e) {
                // swapped out
            }
        }
        send(ex, 404, "text/plain; charset=utf-8", "not found".getBytes(StandardCharsets.UTF_8));
    }

    /** What {@code rawPath} names, once it is up to date (see {@link Behind}). */
    private Optional<SiteFiles.Found> upToDate(String rawPath) throws IOException {
        Optional<SiteFiles.Found> found = SiteFiles.find(site.get(), rawPath);
        if (found.isPresent() && found.get() instanceof SiteFiles.File f) {
            try {
                if (behind.await(f.relative())) {
                    return SiteFiles.find(site.get(), rawPath);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
        return found;
    }

    private void page(HttpExchange ex, int status, Path file) throws IOException {
        String type = ContentTypes.of(file.getFileName().toString());
        String tag = status == 200 ? tag(file) : null;
        if (tag != null) {
            ex.getResponseHeaders().set("ETag", tag);
            if (tag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                send(ex, 304, type, new byte[0]);
                return;
            }
        }
        byte[] bytes = Files.readAllBytes(file);
        send(ex, status, type, type.equals(ContentTypes.HTML) ? LivePage.of(bytes) : bytes);
    }

    /**
     * The file's version: its identity on the disk, size and time. A build writes a changed file anew and
     * takes an unchanged one over as a link to the same file, so the tag changes exactly when the file
     * does (and with the server, as the pages carry its script). Null when the file system says nothing.
     */
    private String tag(Path file) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        Object key = a.fileKey();
        if (key == null) {
            return null;
        }
        return "\"" + Integer.toHexString(key.hashCode()) + "-" + Long.toHexString(a.size()) + "-"
                + Long.toHexString(a.lastModifiedTime().toMillis()) + "-" + server + "\"";
    }

    private void resource(HttpExchange ex, String name) throws IOException {
        try (InputStream in = Routes.class.getResourceAsStream(name)) {
            if (in == null) {
                send(ex, 404, "text/plain; charset=utf-8", "not found".getBytes(StandardCharsets.UTF_8));
                return;
            }
            send(ex, 200, ContentTypes.of(name), in.readAllBytes());
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        try (ex) {
            ex.getResponseHeaders().set("Content-Type", type);
            // Kept, but asked for again every time: unchanged files cost a 304 answer, nothing stale is shown.
            ex.getResponseHeaders().set("Cache-Control", "no-cache");
            ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            boolean head = ex.getRequestMethod().equals("HEAD");
            ex.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
            if (!head && body.length > 0) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }
}
