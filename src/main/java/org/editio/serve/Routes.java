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
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Answers the requests of {@code editio serve}: the live-reload files and streams under {@code /_editio/},
 * and the site's files (HTML with the live-reload script, see {@link LivePage}); what is missing gets the
 * site's 404.html with status 404. Only GET and HEAD, only for a Host that names this loopback server (a
 * page elsewhere cannot read the edition through a rebound DNS name). Nothing is cached. Thread-safe.
 */
final class Routes implements HttpHandler {
    private static final String PREFIX = "/_editio/";

    private final Supplier<Path> site;
    private final Events events;
    private final Supplier<String> problems;
    private final Supplier<String> state;
    private volatile int port;

    /**
     * @param site     the site folder (looked up again for every request)
     * @param problems the JSON of the last build's problems
     * @param state    the state a new event stream starts with
     */
    Routes(Supplier<Path> site, Events events, Supplier<String> problems, Supplier<String> state) {
        this.site = site;
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
            Optional<SiteFiles.Found> found = SiteFiles.find(site.get(), rawPath);
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
        Optional<SiteFiles.Found> page = SiteFiles.find(site.get(), "/404.html");
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

    private void page(HttpExchange ex, int status, Path file) throws IOException {
        String type = ContentTypes.of(file.getFileName().toString());
        byte[] bytes = Files.readAllBytes(file);
        send(ex, status, type, type.equals(ContentTypes.HTML) ? LivePage.of(bytes) : bytes);
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
            ex.getResponseHeaders().set("Cache-Control", "no-store");
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
