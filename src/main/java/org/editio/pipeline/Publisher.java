package org.editio.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import net.sf.saxon.s9api.XdmNode;
import org.editio.problem.Codes;
import org.editio.problem.Problem;
import org.editio.problem.Severity;
import org.editio.project.Project;
import org.editio.render.PdfRenderer;
import org.editio.site.Site;
import org.editio.transform.Stylesheets;
import org.editio.validate.Validation;
import org.editio.xml.Xml;

/**
 * Editio's pipeline: validate → transform → render → site. Schemas and stylesheets are compiled once per
 * run; documents are processed in parallel, each with its own transformers. Problems in documents are
 * collected, never thrown; a {@link org.editio.problem.SetupException} means the run itself cannot go on.
 * One instance per run.
 */
public final class Publisher {
    private final Xml xml = Xml.create();
    private final int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

    /** Validates files against the schemas, reporting every problem of every file. */
    public Report validate(List<Path> files, URL relaxNg, URL schematron, boolean lenient) {
        Validation validation = Validation.load(xml, relaxNg, schematron);
        List<Validation.Result> results = parallel(files, validation::check);
        List<Problem> problems = new ArrayList<>();
        for (Validation.Result r : results) {
            problems.addAll(judge(r, lenient));
        }
        problems.sort(Problem.READING_ORDER);
        return new Report(problems, files.size(), 0);
    }

    /** Validates the project's sources and publishes the valid ones (all readable ones when lenient). */
    public Report build(Project project, Options options) {
        Validation validation = Validation.load(xml, project.relaxNg(), project.schematron());
        Stylesheets sheets = Stylesheets.compile(xml, project::stylesheet);
        PdfRenderer pdf = options.pdf() ? PdfRenderer.create(project.root(), "Editio " + Version.VALUE + " (Apache FOP)") : null;
        Site site = Site.open(project.out(), project.root(), project.tei());
        try {
            List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
            List<Document> documents = validateAll(project, validation, options.lenient(), problems);
            Document register = documents.stream().filter(Document::register).findFirst().orElse(null);
            List<Document> publishable = documents.stream().filter(Document::publishable).toList();
            Edition edition = Edition.of(register);
            List<Document> published = Collections.synchronizedList(new ArrayList<>());
            parallel(publishable, d -> {
                if (publish(d, edition, register, sheets, pdf, site, options, problems::add)) {
                    published.add(d);
                }
                return null;
            });
            if (options.html()) {
                writeIndex(published, register, edition, sheets, site, problems::add);
                site.copyAssets(project.xslt());
            }
            List<String> parts = new ArrayList<>();
            if (options.html()) {
                parts.add("site");
            }
            if (options.pdf()) {
                parts.add("pdf");
            }
            site.commit(parts);
            // The HTML and the PDF stylesheet report the same unhandled element: say it once.
            List<Problem> sorted = new ArrayList<>(new java.util.LinkedHashSet<>(problems));
            sorted.sort(Problem.READING_ORDER);
            return new Report(sorted, documents.size(), published.size());
        } catch (IOException e) {
            site.abandon();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            site.abandon();
            throw e;
        }
    }

    /** A validated source and what the pipeline knows of it. */
    private record Document(Path file, String relative, XdmNode node, DocumentFacts facts, boolean register,
            boolean publishable) {
    }

    /** The edition-wide facts every page shows, read from the register's header. */
    private record Edition(String title, String version) {
        static Edition of(Document register) {
            if (register == null) {
                return new Edition("Editio edition", Version.VALUE);
            }
            String title = register.facts().editionTitle();
            String version = register.facts().editionVersion();
            return new Edition(title.isEmpty() ? "Editio edition" : title, version.isEmpty() ? Version.VALUE : version);
        }
    }

    private List<Document> validateAll(Project project, Validation validation, boolean lenient, List<Problem> problems) {
        List<Validation.Result> results = parallel(project.sources(), validation::check);
        List<Document> documents = new ArrayList<>();
        Map<String, Path> ids = new HashMap<>();
        for (Validation.Result r : results) {
            List<Problem> judged = judge(r, lenient);
            problems.addAll(judged);
            if (!r.readable()) {
                continue;
            }
            DocumentFacts facts = DocumentFacts.of(xml.processor(), r.file(), r.document());
            boolean ok = judged.stream().noneMatch(Problem::isError);
            Path clash = ids.putIfAbsent(facts.id(), r.file());
            if (clash != null) {
                problems.add(Problem.error(Codes.DUPLICATE_DOCUMENT_ID, "document id \"" + facts.id()
                        + "\" is already used by " + clash.getFileName() + "; this document is not published", r.file(), 0, 0));
                ok = false;
            }
            String relative = project.tei().relativize(r.file()).toString().replace('\\', '/');
            documents.add(new Document(r.file(), relative, r.document(), facts, project.isRegister(r.file()), ok));
        }
        return documents;
    }

    /** RelaxNG and Schematron problems become warnings under --lenient; unreadable files stay errors. */
    private static List<Problem> judge(Validation.Result r, boolean lenient) {
        if (!lenient || !r.readable()) {
            return r.problems();
        }
        return r.problems().stream().map(p -> p.withSeverity(Severity.WARNING)).toList();
    }

    private boolean publish(Document d, Edition edition, Document register, Stylesheets sheets, PdfRenderer pdf,
            Site site, Options options, Consumer<Problem> problems) {
        String id = d.facts().id();
        Map<String, String> config = config(d, edition, options);
        XdmNode reg = register == null ? null : register.node();
        List<Problem> mine = new ArrayList<>();
        Consumer<Problem> sink = p -> {
            mine.add(p);
            problems.accept(p);
        };
        byte[] pdfBytes = null;
        if (pdf != null) {
            PdfRenderer.Metadata meta = new PdfRenderer.Metadata(d.facts().title(), d.facts().author(),
                    d.facts().subject(), d.facts().keywords());
            pdfBytes = pdf.render(d.file(), meta, h -> sheets.fo(d.file(), d.node(), reg, config, h, sink),
                    path -> xml.locate(d.node(), path), sink);
        }
        try {
            if (pdfBytes != null) {
                site.write("pdf/" + id + ".pdf", pdfBytes);
            }
            if (options.html()) {
                try (OutputStream out = site.create("site/" + id + ".html")) {
                    sheets.page(d.file(), d.node(), reg, config, out, sink);
                }
                site.copy(d.file(), "site/tei/" + d.relative());
                if (pdfBytes != null) {
                    site.write("site/pdf/" + id + ".pdf", pdfBytes);
                } else {
                    Path previous = site.out().resolve("pdf/" + id + ".pdf");
                    if (!options.pdf() && Files.isRegularFile(previous)) {
                        site.copy(previous, "site/pdf/" + id + ".pdf");
                    }
                }
            }
        } catch (Exception e) {
            sink.accept(Problem.error(Codes.HTML_FAILED, "the HTML page could not be made: " + e.getMessage(), d.file(), 0, 0));
        }
        return mine.stream().noneMatch(Problem::isError);
    }

    private static Map<String, String> config(Document d, Edition edition, Options options) {
        String id = d.facts().id();
        Map<String, String> c = new LinkedHashMap<>();
        c.put("edition-title", edition.title());
        c.put("edition-version", edition.version());
        c.put("id", id);
        c.put("pdf-href", options.pdf() || options.html() ? "pdf/" + id + ".pdf" : "");
        c.put("tei-href", "tei/" + d.relative());
        c.put("register-href", "register.html");
        c.put("index-href", "index.html");
        c.put("assets-href", "assets/");
        c.put("is-register", Boolean.toString(d.register()));
        return c;
    }

    private void writeIndex(List<Document> published, Document register, Edition edition, Stylesheets sheets,
            Site site, Consumer<Problem> problems) throws IOException {
        List<XdmNode> docs = published.stream().filter(d -> !d.register())
                .sorted((a, b) -> a.facts().date().compareTo(b.facts().date()))
                .map(Document::node).toList();
        Map<String, String> c = new LinkedHashMap<>();
        c.put("edition-title", edition.title());
        c.put("edition-version", edition.version());
        c.put("register-href", register != null && published.contains(register) ? "register.html" : "");
        c.put("index-href", "index.html");
        c.put("assets-href", "assets/");
        try (OutputStream out = site.create("site/index.html")) {
            sheets.index(docs, register == null ? null : register.node(), c, out, problems);
        } catch (net.sf.saxon.s9api.SaxonApiException e) {
            problems.accept(Problem.error(Codes.HTML_FAILED, "the index page could not be made: " + e.getMessage(), null, 0, 0));
        }
    }

    private <T, R> List<R> parallel(List<T> items, Function<T, R> work) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, items.size())));
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> work.apply(item)));
            }
            List<R> results = new ArrayList<>();
            for (Future<R> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
