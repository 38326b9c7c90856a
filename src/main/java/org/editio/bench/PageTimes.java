package org.editio.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.editio.pipeline.Publisher;
import org.editio.problem.SetupException;
import org.editio.transform.Stylesheets;
import org.editio.xml.Xml;
import org.xml.sax.SAXException;

/**
 * The pages' stylesheet alone, warm, for comparing a stylesheet folder with variants of it: each folder's
 * html.xsl, compiled as a build compiles it (Editio's extension functions, the trees built without the
 * whitespace it strips), makes the pages of the same documents (spread over the corpus), the folders taking
 * turns pass after pass in one JVM; each pass counts the processor time of the thread that runs it, after two
 * passes each that are not counted. The pages are made as a build makes them, but written nowhere. Stateless.
 */
final class PageTimes {
    /** One folder's passes: processor seconds per pass over {@code documents} pages. */
    record Figure(Path xslt, int documents, Runs passes) {
        double millisecondsPerPage() {
            return passes.median() * 1000 / documents;
        }
    }

    /** A folder's profile: its templates and functions over {@code pages} pages made {@code passes} times. */
    record Profile(Path xslt, int pages, int passes, List<TemplateTimes.Entry> entries) {
    }

    private record Variant(Path xslt, Stylesheets sheets, List<XdmNode> trees) {
    }

    private PageTimes() {
    }

    static List<Figure> measure(Path corpus, int documents, int passes, List<Path> folders, Consumer<String> progress) {
        if (documents < 1 || passes < 1 || folders.isEmpty()) {
            throw new SetupException("--documents and --passes must be at least 1, and at least one --xslt folder is needed");
        }
        List<Path> files = spread(corpus, documents);
        List<Variant> variants = new ArrayList<>();
        for (Path folder : folders) {
            variants.add(variant(folder, files, null));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<List<Double>> seconds = new ArrayList<>();
        variants.forEach(v -> seconds.add(new ArrayList<>()));
        for (int pass = -2; pass < passes; pass++) {
            for (int k = 0; k < variants.size(); k++) {
                // every other pass in the opposite order: no folder always runs right after the same one
                int i = Math.floorMod(pass, 2) == 0 ? k : variants.size() - 1 - k;
                long start = threads.getCurrentThreadCpuTime();
                pages(variants.get(i), files);
                double s = (threads.getCurrentThreadCpuTime() - start) / 1e9;
                if (pass >= 0) {
                    seconds.get(i).add(s);
                }
            }
            progress.accept(String.format(java.util.Locale.ROOT, "bench: pages: pass %d of %d", pass + 3, passes + 2));
        }
        List<Figure> figures = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            figures.add(new Figure(variants.get(i).xslt(), files.size(), new Runs(seconds.get(i))));
        }
        return figures;
    }

    /**
     * Where the pages' stylesheet of {@code folder} spends its time: compiled with tracing, it makes the pages
     * of {@code documents} documents spread over {@code corpus} in two passes that are not counted and then
     * {@code passes} that are; returns its templates and functions, most net time first (TemplateTimes).
     */
    static Profile profile(Path corpus, int documents, int passes, Path folder, Consumer<String> progress) {
        if (documents < 1 || passes < 1) {
            throw new SetupException("--documents and --passes must be at least 1");
        }
        List<Path> files = spread(corpus, documents);
        TemplateTimes times = new TemplateTimes();
        Variant v = variant(folder, files, times);
        for (int pass = -2; pass < passes; pass++) {
            times.recording(pass >= 0);
            pages(v, files);
            progress.accept(String.format(java.util.Locale.ROOT, "bench: pages traced: pass %d of %d", pass + 3, passes + 2));
        }
        times.recording(false);
        return new Profile(folder, files.size(), passes, times.entries());
    }

    /**
     * The first {@code top} entries of a profile as lines: per page their net and gross milliseconds (wall time)
     * and calls, their share of all net time, where and what they are.
     */
    static String profileTable(Profile p, int top) {
        List<TemplateTimes.Entry> entries = p.entries();
        int pages = p.pages();
        int passes = p.passes();
        Path folder = p.xslt();
        double all = entries.stream().mapToLong(TemplateTimes.Entry::netNanos).sum();
        double made = (double) pages * passes;
        StringBuilder b = new StringBuilder(String.format(java.util.Locale.ROOT,
                "# the pages' stylesheet of %s traced, %d pages made %d times: per page, each template's and function's"
                        + " own (net) time, its time with what it calls (gross; a template applied again inside itself counted once),"
                        + " its calls; share = of all net time. Wall time of the thread; tracing puts a hook around every"
                        + " instruction: compare the entries with each other, not with untraced ms/page%n", folder, pages, passes));
        b.append(String.format(java.util.Locale.ROOT, "%9s %6s %9s %9s  %-26s %s%n", "net_ms", "share", "gross_ms", "calls", "where", "what"));
        for (TemplateTimes.Entry e : entries.subList(0, Math.min(top, entries.size()))) {
            b.append(String.format(java.util.Locale.ROOT, "%9.4f %5.1f%% %9.4f %9.2f  %-26s %s%n", e.netNanos() / 1e6 / made,
                    all == 0 ? 0 : 100 * e.netNanos() / all, e.grossNanos() / 1e6 / made, e.calls() / made, e.where(), e.what()));
        }
        return b.toString();
    }

    private static Variant variant(Path folder, List<Path> files, TemplateTimes trace) {
        if (!Files.isRegularFile(folder.resolve("html.xsl"))) {
            throw new SetupException("no html.xsl in " + folder);
        }
        Xml xml = Xml.create();
        Stylesheets sheets = Stylesheets.compile(xml, name -> url(folder.resolve(name)), trace);
        List<XdmNode> trees = new ArrayList<>();
        for (Path f : files) {
            try {
                trees.add(xml.parse(f, sheets.whitespace(true)));
            } catch (IOException | SAXException e) {
                throw new SetupException("cannot read " + f + ": " + e.getMessage(), e);
            }
        }
        return new Variant(folder, sheets, trees);
    }

    /** The figures as lines: each folder's median per page, and its ratio to the first folder's. */
    static String table(List<Figure> figures) {
        StringBuilder b = new StringBuilder("# the pages' stylesheet alone, warm: processor time of one thread per pass"
                + " (median of the passes), per page, and against the first folder\n");
        double first = figures.get(0).millisecondsPerPage();
        for (Figure f : figures) {
            b.append(String.format(java.util.Locale.ROOT, "%-40s %6d pages  %8.3f ms/page  %5.3f  passes %s%n", f.xslt(),
                    f.documents(), f.millisecondsPerPage(), f.millisecondsPerPage() / first,
                    f.passes().seconds().stream().map(s -> String.format(java.util.Locale.ROOT, "%.3f", s)).toList()));
        }
        return b.toString();
    }

    private static void pages(Variant v, List<Path> files) {
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            String id = file.getFileName().toString().replaceFirst("\\.xml$", "");
            try {
                v.sheets().page(file, v.trees().get(i), new Stylesheets.Context(null, List.of(), config(id, file.getFileName().toString())),
                        new ByteArrayOutputStream(), rel -> OutputStream.nullOutputStream(), p -> { });
            } catch (SaxonApiException e) {
                throw new IllegalStateException(file + ": " + e.getMessage(), e);
            }
        }
    }

    /** What a build gives the document's page (Publisher.pageConfiguration), with a previous page to link to. */
    private static Map<String, String> config(String id, String relative) {
        Map<String, String> c = Publisher.pageConfiguration(id, relative);
        c.put("prev-href", "previous.html");
        c.put("prev-title", "The previous letter");
        c.put("prev-kind", "document");
        return c;
    }

    /** {@code n} files spread evenly over the corpus's files sorted by name (all of them when fewer). */
    private static List<Path> spread(Path corpus, int n) {
        List<Path> all;
        try (Stream<Path> s = Files.list(corpus)) {
            all = s.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted().toList();
        } catch (IOException e) {
            throw new SetupException("cannot list " + corpus + ": " + e.getMessage(), e);
        }
        if (all.isEmpty()) {
            throw new SetupException("no .xml files in " + corpus);
        }
        int k = Math.min(n, all.size());
        List<Path> picked = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            picked.add(all.get((int) ((long) i * all.size() / k)));
        }
        return picked;
    }

    private static URL url(Path p) {
        try {
            return p.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new SetupException("not a file: " + p, e);
        }
    }
}
