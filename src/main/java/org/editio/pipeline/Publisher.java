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
import java.util.LinkedHashSet;
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
import org.editio.site.SearchIndex;
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
    private final Progress progress;

    public Publisher() {
        this(Progress.NONE);
    }

    /** A publisher that reports each validated and each published document to {@code progress}. */
    public Publisher(Progress progress) {
        this.progress = progress;
    }

    /** Validates files against the schemas, reporting every problem of every file. */
    public Report validate(List<Path> files, URL relaxNg, URL schematron, boolean lenient) {
        Validation validation = Validation.load(xml, relaxNg, schematron);
        List<Problem> problems = new ArrayList<>();
        for (Validation.Result r : parallel(files, validation::check)) {
            problems.addAll(judge(r, lenient));
        }
        problems.sort(Problem.READING_ORDER);
        return new Report(problems, files.size(), 0);
    }

    /** Validates the project's sources and publishes the valid ones (all readable ones when lenient). */
    public Report build(Project project, Options options) {
        Validation validation = Validation.load(xml, project.relaxNg(), project.schematron());
        Stylesheets sheets = Stylesheets.compile(xml, project::stylesheet).withSchemas(project.relaxNg(), project.schematron());
        PdfRenderer pdf = options.pdf() ? PdfRenderer.create(project.root(), "Editio " + Version.VALUE + " (Apache FOP)") : null;
        Site site = Site.open(project.out(), project.root(), project.tei());
        try {
            List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
            List<Document> documents = validateAll(project, validation, options.lenient(), problems);
            if (documents.isEmpty() && problems.isEmpty()) {
                problems.add(Problem.warning(Codes.NO_DOCUMENTS, "no TEI documents (*.xml) found under "
                        + project.tei() + " (a linked folder is not followed)", null, 0, 0));
            }
            List<Document> publishable = documents.stream().filter(Document::publishable).toList();
            Document register = publishable.stream().filter(Document::register).findFirst().orElse(null);
            Edition edition = Edition.of(register, options.siteUrl());
            SitePlan plan = new SitePlan(edition, options.pdf() || options.html(), register != null, options.pageSize());
            List<Page> pages = plan.pages(publishable);
            List<XdmNode> reading = SitePlan.inDateOrder(publishable).stream().map(Document::node).toList();
            Map<Document, List<Page>> pagesOf = new HashMap<>();
            for (Page p : pages) {
                pagesOf.computeIfAbsent(p.document(), k -> new ArrayList<>()).add(p);
            }
            List<Document> published = Collections.synchronizedList(new ArrayList<>());
            java.util.Set<Document> withPdf = java.util.concurrent.ConcurrentHashMap.newKeySet();
            java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
            parallel(publishable, d -> {
                Work w = new Work(d, pagesOf.getOrDefault(d, List.of()), register, reading, sheets, pdf, site, options, edition.created(), problems::add);
                if (w.publish()) {
                    published.add(d);
                }
                if (w.hasPdf) {
                    withPdf.add(d);
                }
                progress.advanced("published", done.incrementAndGet(), publishable.size());
                return null;
            });
            // The volume holds the documents whose own PDF succeeded: a failed one is reported once.
            List<XdmNode> volume = SitePlan.inDateOrder(publishable).stream().filter(withPdf::contains)
                    .map(Document::node).toList();
            if (pdf != null && !volume.isEmpty()) {
                writeVolume(plan, edition, register, volume, sheets, pdf, site, options, problems::add);
            }
            if (options.html()) {
                writeSitePages(plan, pages, register, reading, sheets, site, problems::add);
                site.copyAssets(project.xslt());
                indexForSearch(site, problems::add);
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
            List<Problem> sorted = new ArrayList<>(new LinkedHashSet<>(problems));
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

    /** Everything made from one document: its PDF, its page(s), its TEI source for download. */
    private final class Work {
        private final Document d;
        private final List<Page> pages;
        private final Stylesheets.Context context;
        private final Stylesheets sheets;
        private final PdfRenderer pdf;
        private final Site site;
        private final Options options;
        private final List<Problem> mine = new ArrayList<>();
        private final Consumer<Problem> sink;
        private final java.time.Instant created;
        /** Set by {@link #publish}: this document's PDF was made. */
        private boolean hasPdf;

        Work(Document d, List<Page> pages, Document register, List<XdmNode> reading, Stylesheets sheets,
                PdfRenderer pdf, Site site, Options options, java.time.Instant created, Consumer<Problem> problems) {
            this.created = created;
            this.d = d;
            this.pages = pages;
            this.context = new Stylesheets.Context(register == null ? null : register.node(), reading,
                    pages.isEmpty() ? Map.of() : pages.get(0).config());
            this.sheets = sheets;
            this.pdf = pdf;
            this.site = site;
            this.options = options;
            this.sink = p -> {
                mine.add(p);
                problems.accept(p);
            };
        }

        boolean publish() {
            byte[] pdfBytes = pdf == null ? null : renderPdf();
            hasPdf = pdfBytes != null;
            try {
                if (pdfBytes != null) {
                    site.write("pdf/" + d.id() + ".pdf", pdfBytes);
                }
                if (options.html()) {
                    Path previous = site.out().resolve("pdf/" + d.id() + ".pdf");
                    boolean hasPdf = true;
                    if (pdfBytes != null) {
                        site.write("site/pdf/" + d.id() + ".pdf", pdfBytes);
                    } else if (!options.pdf() && Files.isRegularFile(previous)) {
                        site.copy(previous, "site/pdf/" + d.id() + ".pdf");
                    } else {
                        hasPdf = false;
                    }
                    for (Page page : pages) {
                        writePage(page, hasPdf);
                    }
                    site.copy(d.file(), "site/tei/" + d.relative());
                }
            } catch (Exception e) {
                sink.accept(Problem.error(Codes.HTML_FAILED, "the HTML page could not be made: " + e.getMessage(), d.file(), 0, 0));
            }
            // Published = its pages are out. A failed PDF is reported but does not take the pages down.
            return options.html() ? mine.stream().noneMatch(p -> p.code().equals(Codes.HTML_FAILED))
                    : mine.stream().noneMatch(Problem::isError);
        }

        private byte[] renderPdf() {
            PdfRenderer.Metadata meta = new PdfRenderer.Metadata(d.facts().title(), d.facts().author(),
                    d.facts().subject(), d.facts().keywords(), d.facts().language(), created);
            return pdf.render(d.file(), meta, h -> sheets.fo(d.file(), d.node(), context, h, sink),
                    path -> xml.locate(d.node(), path), sink);
        }

        /** Writes one page; without a PDF for the document, the page offers none. */
        private void writePage(Page page, boolean hasPdf) throws Exception {
            Map<String, String> config = new java.util.LinkedHashMap<>(page.config());
            if (!hasPdf) {
                config.put("pdf-href", "");
            }
            Stylesheets.Context c = new Stylesheets.Context(context.register(), context.documents(), config);
            Stylesheets.Secondary secondary = rel -> site.create("site/" + rel);
            try (OutputStream out = site.create("site/" + page.href())) {
                if (page.kind() == Page.Kind.VOLUME) {
                    sheets.sitePage("volume", d.file(), d.node(), c, out, secondary, sink);
                } else {
                    sheets.page(d.file(), d.node(), c, out, secondary, sink);
                }
            }
        }
    }

    private List<Document> validateAll(Project project, Validation validation, boolean lenient, List<Problem> problems) {
        List<Path> sources = project.sources();
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        List<Validation.Result> results = parallel(sources, f -> {
            Validation.Result r = validation.check(f);
            progress.advanced("validated", done.incrementAndGet(), sources.size());
            return r;
        });
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

    /**
     * The whole edition in one PDF, pdf/edition.pdf (also in the site), in two passes: the first lays the
     * volume out only to learn the page of every mention of a register entry, the second renders the PDF
     * with those pages, so that the register cites each page once. The documents come before the
     * register, so the register's new page numbers cannot move the mentions they cite.
     */
    private void writeVolume(SitePlan plan, Edition edition, Document register, List<XdmNode> reading, Stylesheets sheets,
            PdfRenderer pdf, Site site, Options options, Consumer<Problem> problems) throws IOException {
        Map<String, String> config = plan.sitePage("edition.pdf");
        config.put("id", "edition");
        Stylesheets.Context c = new Stylesheets.Context(register == null ? null : register.node(), reading, config);
        PdfRenderer.Metadata meta = new PdfRenderer.Metadata(edition.title(), "", edition.title() + ", version " + edition.version(),
                "", register == null ? "en" : register.facts().language(), edition.created());
        // Without a register nothing cites a page: one pass. The first pass's problems are the second's.
        Map<String, String> mentionPages = register == null ? Map.of()
                : pdf.pageLabels(h -> sheets.foVolume(c, Map.of(), h, p -> { }));
        byte[] bytes = pdf.render(null, meta, h -> sheets.foVolume(c, mentionPages, h, problems), path -> new int[] {0, 0}, problems);
        if (bytes != null) {
            site.write("pdf/edition.pdf", bytes);
            if (options.html()) {
                site.write("site/pdf/edition.pdf", bytes);
            }
        }
    }

    /** Home, search, guidelines and 404 pages, and the sitemap. */
    private void writeSitePages(SitePlan plan, List<Page> pages, Document register, List<XdmNode> reading,
            Stylesheets sheets, Site site, Consumer<Problem> problems) throws IOException {
        XdmNode reg = register == null ? null : register.node();
        Stylesheets.Secondary secondary = rel -> site.create("site/" + rel);
        for (String[] page : new String[][] {{"index", "index.html"}, {"search", "search.html"}, {"guidelines", "guidelines.html"}, {"not-found", "404.html"}}) {
            Stylesheets.Context c = new Stylesheets.Context(reg, reading, plan.sitePage(page[1]));
            try (OutputStream out = site.create("site/" + page[1])) {
                sheets.sitePage(page[0], null, null, c, out, secondary, problems);
            } catch (net.sf.saxon.s9api.SaxonApiException e) {
                problems.accept(Problem.error(Codes.HTML_FAILED, page[1] + " could not be made: " + e.getMessage(), null, 0, 0));
            }
        }
        List<String> hrefs = new ArrayList<>(List.of("index.html", "search.html", "guidelines.html"));
        pages.forEach(p -> hrefs.add(p.href()));
        site.write("site/sitemap.xml", Sitemap.of(plan.sitePage("index.html").get("site-url"), hrefs));
    }

    private static void indexForSearch(Site site, Consumer<Problem> problems) {
        var pagefind = SearchIndex.locate();
        if (pagefind.isEmpty()) {
            problems.accept(Problem.warning(Codes.SEARCH_INDEX, "the search index was not built: Pagefind was not found "
                    + "(mvn package installs it into target/npm; or set EDITIO_PAGEFIND)", null, 0, 0));
            return;
        }
        String failure = SearchIndex.build(pagefind.get(), site.stagedSite());
        if (!failure.isEmpty()) {
            problems.accept(Problem.error(Codes.SEARCH_INDEX, failure, null, 0, 0));
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
