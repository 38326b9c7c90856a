package org.editio.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.editio.pipeline.Compiled;
import org.editio.pipeline.Options;
import org.editio.pipeline.Report;
import org.editio.project.Project;

/**
 * {@code editio serve}: builds the project, serves its site on the loopback address only, watches tei/,
 * schemas/ and xslt/, and after each save builds again (incrementally, in this JVM, with the schemas and
 * stylesheets compiled once) and tells the open pages to reload, or shows them the problems. Lifecycle:
 * {@link #start} builds once and serves; {@link #close} stops watching, lets a running build finish, and
 * stops the server. Thread-safe.
 */
public final class Serve implements AutoCloseable {
    /**
     * One build's outcome.
     *
     * @param number  1 for the build at start, then one more for each
     * @param report  its problems, or null when it failed
     * @param failure why the build could not run (a stylesheet that does not compile), or null
     * @param millis  how long it took
     * @param followUp it brought up to date what build {@code number} took over from the build before
     *                 (the edition's pages, search index and register pages) while the open pages reloaded
     */
    public record Build(int number, Report report, String failure, long millis, boolean followUp) {
        public Build(int number, Report report, String failure, long millis) {
            this(number, report, failure, millis, false);
        }

        /** Ran, and found no error: the pages are reloaded. */
        public boolean ok() {
            return failure == null && !report.hasErrors();
        }
    }

    /** Told of every build, on the thread that ran it. */
    @FunctionalInterface
    public interface Listener {
        void built(Build build);
    }

    private final Project project;
    private final Events events = new Events();
    private final String server = UUID.randomUUID().toString();
    private final Rebuilds rebuilds;
    private final Listener listener;
    private final Behind behind = new Behind();
    private HttpServer http;
    private ExecutorService pool;
    private Watcher watcher;

    private Serve(Project project, Options options, Listener listener) {
        this.project = project;
        this.listener = listener;
        this.rebuilds = new Rebuilds(new Compiled(), project, options, behind, this::built);
    }

    /**
     * Builds {@code project} with {@code options}, then serves its site on 127.0.0.1:{@code port} ({@code 0}:
     * any free port) and watches its sources.
     *
     * @throws org.editio.problem.SetupException when the first build cannot run
     * @throws IOException when the port cannot be had or the folders cannot be watched
     */
    public static Serve start(Project project, Options options, int port, Listener listener) throws IOException {
        Serve s = new Serve(project, options, listener);
        s.rebuilds.first();
        s.rebuilds.prepare();
        try {
            s.listen(port);
            List<Path> watched = List.of(project.tei(), project.root().resolve("schemas"), project.root().resolve("xslt"));
            s.watcher = Watcher.start(watched, project.out(), s.rebuilds::request);
            return s;
        } catch (IOException | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    private void listen(int port) throws IOException {
        Routes routes = new Routes(() -> project.out().resolve("site"), events,
                () -> ProblemsJson.of(rebuilds.last(), server, project.root()),
                () -> ProblemsJson.state(rebuilds.last(), server), behind);
        // Small responses without Nagle's delay: with it, a page's files each waited ≈ 40 ms for an ACK.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        // Each open page holds a thread for its event stream: the pool grows as pages are opened.
        pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "editio-http");
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(pool);
        http.createContext("/", routes);
        routes.port(http.getAddress().getPort());
        http.start();
    }

    /** The address the site is served at, e.g. {@code http://127.0.0.1:8000/}. */
    public URI address() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/");
    }

    private void built(Build b) {
        try {
            listener.built(b);
        } catch (RuntimeException e) {
            // the terminal's trouble must not keep the pages from their news
        }
        // After a follow-up the open pages have what it made already (their requests waited for it).
        events.send(b.ok() && !b.followUp() ? "reload" : "state", ProblemsJson.state(b, server));
    }

    /** Stops watching, lets a running build finish, ends the pages' event streams and stops the server. */
    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
        rebuilds.close();
        events.close();
        if (http != null) {
            http.stop(0);
        }
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
