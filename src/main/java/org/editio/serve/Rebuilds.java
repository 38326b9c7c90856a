package org.editio.serve;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.editio.pipeline.Compiled;
import org.editio.pipeline.Options;
import org.editio.pipeline.Progress;
import org.editio.pipeline.Publisher;
import org.editio.pipeline.Report;
import org.editio.problem.SetupException;
import org.editio.project.Project;

/**
 * Runs the builds of {@code editio serve} one after another on one thread of its own, with one
 * {@link Publisher} whose compiled schemas and stylesheets last from build to build. Requests that come
 * while a build runs make one more build after it, not one each. A build that fails (a stylesheet that no
 * longer compiles) is an outcome, reported like any other; the next save tries again. Thread-safe.
 */
final class Rebuilds implements AutoCloseable {
    /** How long {@link #close} lets a running build finish before it interrupts it. */
    static final long FINISH_SECONDS = 60;
    /**
     * How long the follow-up of a build waits unless a request wants its files: the reloading pages are
     * shown sooner when it does not compete with the browser for the processor (measured on 2 cores:
     * median 403 ms from save to the page shown without a pause, 301 ms with 300 ms).
     */
    static final long FOLLOW_UP_PAUSE_MILLIS = 300;
    /** Rounds of {@link Compiled#warmUp} after the first build. */
    static final int WARM_UP_ROUNDS = 15;

    private final Publisher publisher;
    private final Project project;
    private final Options options;
    private final Consumer<Serve.Build> done;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "editio-build");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean queued = new AtomicBoolean();
    private final AtomicInteger number = new AtomicInteger();
    private volatile Serve.Build last;
    private volatile boolean closing;

    private final Compiled compiled;
    private final Behind behind;

    Rebuilds(Compiled compiled, Project project, Options options, Behind behind, Consumer<Serve.Build> done) {
        this.compiled = compiled;
        this.behind = behind;
        this.publisher = new Publisher(Progress.NONE, compiled);
        this.project = project;
        this.options = options;
        this.done = done;
    }

    /**
     * The first build, on the caller's thread; a {@link SetupException} (an output folder refused, a
     * stylesheet that does not compile) stops {@code editio serve} before it serves anything.
     */
    Serve.Build first() {
        long start = System.nanoTime();
        Report report = publisher.build(project, options);
        return finished(new Serve.Build(number.incrementAndGet(), report, null, millisSince(start)));
    }

    /**
     * Compiles the schemas and stylesheets on the build thread, before any rebuild: a first build that
     * took everything over from the previous one compiled nothing. A failure here is left for the next
     * build to report.
     */
    void prepare() {
        thread.execute(() -> {
            try {
                if (!closing) {
                    compiled.prepare(project, options);
                }
                if (!closing) {
                    compiled.warmUp(project, options, WARM_UP_ROUNDS);
                }
            } catch (RuntimeException e) {
                // the next build reports it
            }
        });
    }

    /** Asks for a build; returns at once. */
    void request() {
        if (!thread.isShutdown() && queued.compareAndSet(false, true)) {
            try {
                thread.execute(this::run);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // closing
            }
        }
    }

    Serve.Build last() {
        return last;
    }

    private void run() {
        queued.set(false);
        if (closing) {
            return;
        }
        long start = System.nanoTime();
        Serve.Build b;
        try {
            // The changed documents' own pages first; what shows several documents right after (see Behind).
            Report r = publisher.buildOwnPagesFirst(project, options);
            behind.are(r.behind());
            b = new Serve.Build(number.incrementAndGet(), r, null, millisSince(start));
        } catch (RuntimeException e) {
            behind.caughtUp();
            b = new Serve.Build(number.get(), null, describe(e), millisSince(start));
        }
        finished(b);
        if (b.report() != null && !b.report().behind().isEmpty()) {
            followUp(b.number());
        }
    }

    /**
     * Makes what build {@code n} took over unchanged, after a pause (see {@link #FOLLOW_UP_PAUSE_MILLIS});
     * when a save came meanwhile, its build comes first and is followed up itself.
     */
    private void followUp(int n) {
        try {
            behind.pause(FOLLOW_UP_PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            behind.caughtUp();
            return;
        }
        if (closing) {
            behind.caughtUp();
            return;
        }
        if (queued.get()) {
            return;
        }
        long start = System.nanoTime();
        Serve.Build b;
        try {
            b = new Serve.Build(n, publisher.build(project, options), null, millisSince(start), true);
        } catch (RuntimeException e) {
            b = new Serve.Build(n, null, describe(e), millisSince(start), true);
        } finally {
            behind.caughtUp();
        }
        finished(b);
    }

    private Serve.Build finished(Serve.Build b) {
        last = b;
        done.accept(b);
        return b;
    }

    private static String describe(Throwable e) {
        if (e instanceof SetupException) {
            return e.getMessage();
        }
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return "internal error: " + (t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
    }

    private static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    /**
     * Takes no more requests and lets a running build finish (the build then swaps its output in whole);
     * one that does not finish in {@link #FINISH_SECONDS} is interrupted, and the build drops its staging
     * folder. The published output is never left half-written.
     */
    @Override
    public void close() {
        closing = true;
        thread.shutdown();
        try {
            if (!thread.awaitTermination(FINISH_SECONDS, TimeUnit.SECONDS)) {
                thread.shutdownNow();
                thread.awaitTermination(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
