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
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.LinkedHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.editio.xml.Whitespace;
import org.editio.xml.Xml;

/**
 * Editio's pipeline: validate → transform → render → site. Schemas and stylesheets are compiled once per
 * run; documents are processed in parallel, each with its own transformers. Problems in documents are
 * collected, never thrown; a {@link org.editio.problem.SetupException} means the run itself cannot go on.
 * One instance per run, or for runs one after another that share their compiled schemas and stylesheets
 * ({@link Compiled}).
 */
public final class Publisher {
    private final Xml xml;
    private final int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    private final Progress progress;
    private final Compiled compiled;
    /** The header queries of DocumentFacts, compiled when the first changed source is read. */
    private final Supplier<DocumentFacts.Queries> facts;

    /**
     * The configuration a build gives the page of the document {@code relative} (its path below tei/) with the
     * id {@code id}, in an edition without a register, site URL or PDFs, and with no previous or next page
     * (SitePlan): for making such a page outside a build (editio bench-pages).
     */
    public static Map<String, String> pageConfiguration(String id, String relative) {
        return new SitePlan(Edition.of(null, ""), false, false, "A4").documentPage(id, relative);
    }

    public Publisher() {
        this(Progress.NONE);
    }

    /** A publisher that reports each validated and each published document to {@code progress}. */
    public Publisher(Progress progress) {
        this(progress, new Compiled());
    }

    /**
     * A publisher whose builds take their schemas and stylesheets from {@code compiled}: several builds
     * in a row (editio serve) then compile only what changed. Builds must not overlap.
     */
    public Publisher(Progress progress, Compiled compiled) {
        this.progress = progress;
        this.compiled = compiled;
        this.xml = compiled.xml();
        this.facts = memo(() -> new DocumentFacts.Queries(xml.processor()));
    }

    /** Validates files against the schemas, reporting every problem of every file. */
    public Report validate(List<Path> files, URL relaxNg, URL schematron, boolean lenient) {
        return validate(files, relaxNg, schematron, lenient, Validation.DEFAULT_LIMIT);
    }

    /** As above, listing at most {@code maxProblems} problems per file (0: all). */
    public Report validate(List<Path> files, URL relaxNg, URL schematron, boolean lenient, int maxProblems) {
        Validation validation = Validation.load(xml, relaxNg, schematron, maxProblems);
        List<Problem> problems = new ArrayList<>();
        for (Validation.Result r : parallel(files, validation::check)) {
            problems.addAll(judge(r.problems(), r.readable(), lenient));
        }
        problems.sort(Problem.READING_ORDER);
        return new Report(problems, files.size(), 0);
    }

    /**
     * Validates the project's sources and publishes the valid ones (all readable ones when lenient). What
     * the previous build in the output folder made from the same inputs is taken over, not made again
     * (see {@link Manifest}); the result is the same, byte for byte, as a build from scratch.
     */
    public Report build(Project project, Options options) {
        return build(project, options, false);
    }

    /**
     * As {@link #build(Project, Options)}, but what shows several documents at once (the edition's own
     * pages, its search index and volume, the register's pages) is taken over from the previous build when
     * that build has it and the register itself is unchanged: a changed document's own pages are out
     * sooner. The report names the files so taken over ({@link Report#behind()}); a plain build right after
     * brings them up to date. {@code editio serve} builds so, and holds requests for those files meanwhile.
     */
    public Report buildOwnPagesFirst(Project project, Options options) {
        return build(project, options, true);
    }

    private Report build(Project project, Options options, boolean ownPagesFirst) {
        Site.check(project.out(), project.root(), project.tei());
        // Compiled once, when first needed: a build with nothing changed compiles nothing.
        // A run reads the files the pointer rules open afresh: the compiled schemas may be kept across runs (serve).
        Supplier<Stylesheets> sheets = memo(() -> compiled.stylesheets(project));
        // The documents' trees are built without the whitespace the stylesheet that reads them strips (it
        // then reads them as they are): the first tree waits for that stylesheet's compilation.
        Supplier<Whitespace> whitespace = memo(() -> options.html() || options.pdf() ? sheets.get().whitespace(options.html())
                : Whitespace.KEEP);
        Supplier<Validation> validation = memo(() -> compiled.validation(project, options.maxProblems()).forRun(whitespace));
        Supplier<PdfRenderer> pdf = memo(() -> compiled.pdf(project));
        Site site = Site.open(project.out(), project.root(), project.tei());
        Future<?> volumeTask = null;
        try {
            String fingerprint = Fingerprint.of(project, options);
            Manifest before = Manifest.read(site.out(), project.root());
            Manifest previous = before.fingerprint().equals(fingerprint) ? before : Manifest.NONE;
            List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
            // A build that publishes pages compiles the HTML stylesheets beside the validation, instead of
            // holding up the first pages: a build from scratch at once, a rebuild when it meets the first
            // changed source (an error there is met again, and reported, at first use).
            Runnable compileBeside = onceBeside(options.html(), "editio-compiling", () -> {
                sheets.get().prepareHtml();
                return null;
            });
            if (previous == Manifest.NONE) {
                compileBeside.run();
            }
            // The pointer rules read the register: a document's findings hold while it and the register are unchanged.
            String context = registerHash(project);
            List<Document> documents = validateAll(project, validation, whitespace, options.lenient(), problems, previous,
                    site.out(), context, compileBeside);
            if (documents.isEmpty() && problems.isEmpty()) {
                problems.add(Problem.warning(Codes.NO_DOCUMENTS, "no TEI documents (*.xml) found under "
                        + project.tei() + " (a linked folder is not followed)", null, 0, 0));
            }
            List<Document> publishable = documents.stream().filter(Document::publishable).toList();
            Document register = publishable.stream().filter(Document::register).findFirst().orElse(null);
            Edition edition = Edition.of(register, options.siteUrl());
            SitePlan plan = new SitePlan(edition, options.pdf() || options.html(), register != null, options.pageSize());
            List<Page> pages = plan.pages(publishable);
            List<Document> inOrder = SitePlan.inDateOrder(publishable);
            // Parsed in parallel when first needed (sources unchanged since the last build are not parsed before).
            Supplier<List<XdmNode>> reading = memo(() -> inOrder.parallelStream().map(Document::node).toList());
            Map<Document, List<Page>> pagesOf = new HashMap<>();
            for (Page p : pages) {
                pagesOf.computeIfAbsent(p.document(), k -> new ArrayList<>()).add(p);
            }
            Hashes all = new Hashes();
            inOrder.forEach(d -> all.add(d.relative()).add(d.hash()));
            String editionKey = all.hex();
            Work.Tools tools = new Work.Tools(xml, sheets, pdf, site, options, edition.created());
            Map<Document, Manifest.Rendered> rendered = new ConcurrentHashMap<>();
            GuidelinesPage guidelines = new GuidelinesPage(previous, site, xml);
            HomePage home = new HomePage(previous);
            java.util.concurrent.atomic.AtomicReference<Manifest.Rendered> homeMade =
                    new java.util.concurrent.atomic.AtomicReference<>(previous.home());
            java.util.concurrent.atomic.AtomicReference<Manifest.Guidelines> guidelinesMade =
                    new java.util.concurrent.atomic.AtomicReference<>(previous.guidelines());
            AtomicInteger done = new AtomicInteger();
            Set<String> behind = ConcurrentHashMap.newKeySet();
            Manifest.Rendered lastSite = previous.site();
            boolean siteDue = !inOrder.isEmpty() && !(ownPagesFirst && lastSite != null) && (lastSite == null
                    || !lastSite.key().equals(siteKey(editionKey, register, options.pdf() ? inOrder : List.of(), pages)));
            // The volume (the largest piece of work) is made beside the documents' own PDFs, on the
            // assumption that each of them succeeds; it is made again after them when one did not.
            Future<Volume> early = options.pdf() && siteDue && volumeFits(inOrder) ? beside("editio-volume", () -> volume(plan, edition,
                    register, inOrder.stream().map(Document::node).toList(), sheets.get(), pdf.get())) : null;
            volumeTask = early;
            if (siteDue) {
                // The site pages are made again (a register edit, a removed source): their stylesheet too.
                compileBeside.run();
            }
            // The home page reads every document: the sources not parsed in this build (unchanged since the
            // last) are parsed meanwhile, while the changed ones are published; in a rebuild only once a changed
            // source changes what that page reads of it (else it is taken over). The guidelines page reads only
            // the documents its examples may come from. A failure is met again, and reported, when a page asks.
            Runnable startReading = onceBeside(!options.pdf() && siteDue, "editio-reading", reading::get);
            if (previous == Manifest.NONE) {
                startReading.run();
            }
            // The search index (Pagefind, in shards: only those whose documents changed are made again) is
            // made beside the publishing, shard after shard as their documents are done (they are published
            // shard by shard), then beside the edition's own pages.
            List<SearchShards.Shard> planned = options.html() ? SearchShards.plan(inOrder) : List.of();
            ShardGate gate = new ShardGate(planned);
            Future<Map<String, Manifest.Rendered>> search = null;
            if (options.html()) {
                SearchShards shards = new SearchShards(site, SearchIndex.locate());
                search = beside("editio-search", () -> shards.make(planned, rendered, previous.shards(),
                        ownPagesFirst ? behind : null, gate, problems::add));
            }
            try {
                parallel(ShardGate.publishingOrder(planned, publishable), d -> {
                    try {
                        List<Page> mine = pagesOf.getOrDefault(d, List.of());
                        Work w = new Work(d, mine, register, reading, tools, problems::add);
                        String key = Work.key(d, mine, register, editionKey);
                        Manifest.Entry last = previous.documents().get(d.relative());
                        Manifest.Rendered r = w.reuse(last == null ? null : last.rendered(), key);
                        if (r == null && ownPagesFirst && d.register() && last != null && last.hash().equals(d.hash())) {
                            // The register is unchanged; its pages list the mentions in the others: later.
                            r = Outputs.takeOver(site, last.rendered(), key, behind, problems::add);
                        }
                        rendered.put(d, r != null ? r : w.publish(key));
                        if (options.html()) {
                            // While a changed source's tree is at hand (an unchanged one's is kept in the manifest).
                            guidelines.skeleton(d);
                            if (previous != Manifest.NONE && (last == null || !last.hash().equals(d.hash()))
                                    && !d.register() && home.changed(d, sheets.get(), Map.of())) {
                                startReading.run();
                            }
                        }
                    } finally {
                        gate.published(d);
                    }
                    progress.advanced("published", done.incrementAndGet(), publishable.size());
                    return null;
                });
            } catch (RuntimeException e) {
                // Pagefind writes into the staging folder: never leave it running there.
                gate.abort();
                if (search != null) {
                    awaitQuietly(search);
                }
                throw e;
            }
            // The volume holds the documents whose own PDF succeeded: a failed one is reported once.
            List<Document> withPdf = inOrder.stream().filter(d -> rendered.get(d).pdf()).toList();
            Manifest.Rendered siteMade;
            try {
                siteMade = sitePages(previous, siteKey(editionKey, register, withPdf, pages),
                    sink -> {
                        Outputs out = new Outputs(site);
                        if (options.pdf() && !withPdf.isEmpty() && !volumeFits(withPdf)) {
                            sink.accept(Problem.warning(Codes.VOLUME_TOO_LARGE, String.format(java.util.Locale.ROOT,
                                    "the edition's volume (edition.pdf) is not made: its %d documents hold %.1f MB of TEI, "
                                    + "and Editio lays out at most %d MB as one PDF; each document has its own PDF",
                                    withPdf.size(), sourceBytes(withPdf) / 1e6, Validation.MAX_DOCUMENT_BYTES / 1_000_000), null, 0, 0));
                        } else if (options.pdf() && !withPdf.isEmpty()) {
                            Volume v = early(early, inOrder, withPdf);
                            writeVolume(v != null ? v : volume(plan, edition, register,
                                    withPdf.stream().map(Document::node).toList(), sheets.get(), pdf.get()), out, options, sink);
                        }
                        if (options.html()) {
                            // The home page links the PDFs the site has: made now, or kept from the last build.
                            Set<String> pdfs = inOrder.stream().filter(d -> rendered.get(d).files().contains(Work.sitePdf(d)))
                                    .map(Document::id).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
                            SiteRecords records = writeSitePages(plan, pages, register, inOrder, reading, guidelines, home,
                                    pdfs, sheets.get(), out, sink);
                            guidelinesMade.set(records.guidelines());
                            homeMade.set(records.home());
                        }
                        return out;
                    }, site, problems, ownPagesFirst ? behind : null);
            } finally {
                // Pagefind writes into the staging folder: never leave it running there.
                if (search != null) {
                    awaitQuietly(search);
                }
            }
            Map<String, Manifest.Rendered> shardsMade = search == null ? Map.of() : result(search);
            if (options.html()) {
                guidelines.keepCounts();
            }
            if (options.html()) {
                site.copyAssets(project.xslt());
            }
            Map<String, Manifest.Entry> entries = new LinkedHashMap<>();
            for (Document d : documents) {
                entries.put(d.relative(), new Manifest.Entry(d.relative(), d.hash(), context, d.facts(), d.checked(), rendered.get(d),
                        guidelines.forManifest(d), home.forManifest(d)));
            }
            try (OutputStream out = site.create(Manifest.NAME)) {
                new Manifest(fingerprint, entries, siteMade, shardsMade, guidelinesMade.get(), homeMade.get()).write(out, project.root());
            }
            List<String> parts = new ArrayList<>();
            if (options.html()) {
                parts.add("site");
            }
            if (options.pdf()) {
                parts.add("pdf");
            }
            site.commit(parts);
            long published = rendered.entrySet().stream().filter(e -> e.getValue().published() && !e.getKey().kept()).count();
            // The HTML and the PDF stylesheet report the same unhandled element: say it once.
            List<Problem> sorted = new ArrayList<>(new LinkedHashSet<>(problems));
            sorted.sort(Problem.READING_ORDER);
            List<String> stale = behind.stream().filter(f -> f.startsWith("site/")).map(f -> f.substring(5)).sorted().toList();
            return new Report(sorted, documents.size(), (int) published, stale);
        } catch (IOException e) {
            site.abandon();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            site.abandon();
            throw e;
        } finally {
            if (volumeTask != null) {
                volumeTask.cancel(true);
            }
        }
    }

    /** Makes the edition's own pages, files and search index. */
    private interface SiteWork {
        Outputs make(Consumer<Problem> problems) throws IOException;
    }

    /**
     * What the edition's own pages (home, search, 404, sitemap, search index, volume) depend on: every
     * published document and the register, which documents have a PDF, and every page's configuration.
     */
    private static String siteKey(String editionKey, Document register, List<Document> withPdf, List<Page> pages) {
        Hashes h = new Hashes().add(editionKey).add(register == null ? "" : register.hash());
        withPdf.forEach(d -> h.add(d.relative()));
        pages.forEach(p -> h.add(p.href()).add(p.config().toString()));
        return h.hex();
    }

    /** The edition's own pages: taken over from the previous build when their key is the same, else made. */
    private static Manifest.Rendered sitePages(Manifest previous, String key, SiteWork work, Site site,
            List<Problem> problems, Set<String> later) throws IOException {
        Manifest.Rendered last = Outputs.takeOver(site, previous.site(), key, later, problems::add);
        if (last != null) {
            return last;
        }
        List<Problem> mine = Collections.synchronizedList(new ArrayList<>());
        Outputs made = work.make(p -> {
            mine.add(p);
            problems.add(p);
        });
        return new Manifest.Rendered(key, made.files(), List.copyOf(mine), false, true);
    }

    /** A value computed once, when first asked for. */
    private static <T> Supplier<T> memo(Supplier<T> compute) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = compute.get();
                }
                return value;
            }
        };
    }

    /** A source checked now, or taken from the previous build because its bytes are the same. */
    private record Checked(Path file, String relative, String hash, Tree tree, DocumentFacts facts, List<Problem> problems) {
        boolean readable() {
            return tree != null;
        }
    }

    private static String registerHash(Project project) {
        Path register = project.tei().resolve(Project.REGISTER);
        try {
            return Files.isRegularFile(register, java.nio.file.LinkOption.NOFOLLOW_LINKS) ? Hashes.ofFile(register) : "";
        } catch (IOException e) {
            return "unreadable " + System.nanoTime();
        }
    }

    private List<Document> validateAll(Project project, Supplier<Validation> validation, Supplier<Whitespace> whitespace,
            boolean lenient, List<Problem> problems, Manifest previous, Path out, String context, Runnable changed) {
        List<Path> sources = project.sources();
        project.links().forEach(l -> problems.add(Problem.warning(Codes.SOURCE_LINK, "a symbolic link in tei/ is not followed (nor published)", l, 0, 0)));
        AtomicInteger done = new AtomicInteger();
        List<Checked> results = parallel(sources, f -> {
            Checked c = check(project, validation, whitespace, previous, f, context, changed);
            progress.advanced("validated", done.incrementAndGet(), sources.size());
            return c;
        });
        List<Document> documents = new ArrayList<>();
        Map<String, Path> ids = new HashMap<>();
        for (Checked r : results) {
            List<Problem> judged = judge(r.problems(), r.readable(), lenient);
            problems.addAll(judged);
            boolean ok = r.readable() && judged.stream().noneMatch(Problem::isError);
            Document kept = ok ? null : lastGood(project, previous, r, out, whitespace);
            if (kept != null && ids.putIfAbsent(kept.id(), r.file()) == null) {
                problems.add(Problem.warning(Codes.KEPT_LAST_GOOD, "this file has errors, so its pages are not made again: "
                        + "the version published by the previous build stays online until they are corrected", r.file(), 0, 0));
                documents.add(kept);
                continue;
            }
            if (!r.readable()) {
                continue;
            }
            Path clash = ids.putIfAbsent(r.facts().id(), r.file());
            if (clash != null) {
                problems.add(Problem.error(Codes.DUPLICATE_DOCUMENT_ID, "document id \"" + r.facts().id()
                        + "\" is already used by " + clash.getFileName() + "; this document is not published", r.file(), 0, 0));
                ok = false;
            }
            documents.add(new Document(r.file(), r.relative(), r.tree(), r.hash(), r.facts(), r.problems(),
                    project.isRegister(r.file()), ok, false));
        }
        return documents;
    }

    /**
     * The last good version of a source that is broken now: the previous build published it, and its copy in
     * the published site/tei/ still has the bytes it was published from. Null when there is none (a new
     * file, a build without HTML, or a damaged output).
     */
    private Document lastGood(Project project, Manifest previous, Checked now, Path out, Supplier<Whitespace> whitespace) {
        Manifest.Entry last = previous.documents().get(now.relative());
        if (last == null || last.facts() == null || last.rendered() == null || !last.rendered().published()) {
            return null;
        }
        Path copy = out.resolve("site/tei/" + now.relative()).normalize();
        try {
            if (!copy.startsWith(out) || !Files.isRegularFile(copy, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                    || !Hashes.ofFile(copy).equals(last.hash())) {
                return null;
            }
        } catch (IOException e) {
            return null;
        }
        return new Document(copy, now.relative(), Tree.later(() -> reread(copy, whitespace.get())), last.hash(), last.facts(), last.checked(),
                project.isRegister(now.file()), true, true);
    }

    /** Validates one source, unless the previous build checked the same bytes: then its findings are reused. */
    private Checked check(Project project, Supplier<Validation> validation, Supplier<Whitespace> whitespace, Manifest previous,
            Path f, String context, Runnable changed) {
        String relative = project.tei().relativize(f).toString().replace('\\', '/');
        String hash;
        try {
            hash = Hashes.ofFile(f);
        } catch (IOException e) {
            hash = "";
        }
        Manifest.Entry last = previous.documents().get(relative);
        if (last != null && !hash.isEmpty() && last.hash().equals(hash) && last.context().equals(context) && last.facts() != null) {
            return new Checked(f, relative, hash, Tree.later(() -> reread(f, whitespace.get())), last.facts(), last.checked());
        }
        changed.run();
        Validation.Result r = validation.get().check(f);
        if (!r.readable()) {
            return new Checked(f, relative, hash, null, null, r.problems());
        }
        return new Checked(f, relative, hash, Tree.of(r.document()), DocumentFacts.of(facts.get(), f, r.document()), r.problems());
    }

    /** Parses a source that was valid in the previous build, for a page that shows it and must be made again. */
    private XdmNode reread(Path f, Whitespace whitespace) {
        return Tree.parse(xml, f, whitespace);
    }

    /** RelaxNG and Schematron problems become warnings under --lenient; unreadable files stay errors. */
    private static List<Problem> judge(List<Problem> problems, boolean readable, boolean lenient) {
        if (!lenient || !readable) {
            return problems;
        }
        return problems.stream().map(p -> p.withSeverity(Severity.WARNING)).toList();
    }

    /** The edition's volume as a PDF (null when it failed), and the problems its making found. */
    private record Volume(byte[] bytes, List<Problem> problems) {
    }

    /**
     * The whole edition in one PDF, pdf/edition.pdf (also in the site), in two passes: the first lays the
     * volume out only to learn the page of every mention of a register entry, the second renders the PDF
     * with those pages, so that the register cites each page once. The documents come before the
     * register, so the register's new page numbers cannot move the mentions they cite.
     */
    private static Volume volume(SitePlan plan, Edition edition, Document register, List<XdmNode> documents,
            Stylesheets sheets, PdfRenderer pdf) {
        List<Problem> found = Collections.synchronizedList(new ArrayList<>());
        Map<String, String> config = plan.sitePage("edition.pdf");
        config.put("id", "edition");
        Stylesheets.Context c = new Stylesheets.Context(register == null ? null : register.node(), documents, config);
        PdfRenderer.Metadata meta = new PdfRenderer.Metadata(edition.title(), "", edition.title() + ", version " + edition.version(),
                "", register == null ? "en" : register.facts().language(), edition.created());
        // Without a register nothing cites a page: one pass. The first pass's problems are the second's.
        Map<String, String> mentionPages = register == null ? Map.of()
                : pdf.pageLabels(h -> sheets.foVolume(c, Map.of(), h, p -> { }));
        byte[] bytes = pdf.render(null, meta, h -> sheets.foVolume(c, mentionPages, h, found::add), path -> new int[] {0, 0}, found::add);
        return new Volume(bytes, List.copyOf(found));
    }

    private static void writeVolume(Volume volume, Outputs site, Options options, Consumer<Problem> problems) throws IOException {
        volume.problems().forEach(problems);
        if (volume.bytes() != null) {
            site.write("pdf/edition.pdf", volume.bytes());
            if (options.html()) {
                site.write("site/pdf/edition.pdf", volume.bytes());
            }
        }
    }

    /**
     * The volume is one FOP document, laid out and held at once like a single source: its documents may
     * hold as many bytes of TEI as one source may ({@link Validation#MAX_DOCUMENT_BYTES}). Measured: 1,000
     * Schnitzler letters (20 MB) made a volume of 1,800 pages in a 1 GiB heap; all 4,420 (121 MB) did not.
     */
    private static boolean volumeFits(List<Document> documents) {
        return volumeFits(documents, Validation.MAX_DOCUMENT_BYTES);
    }

    static boolean volumeFits(List<Document> documents, long limit) {
        return sourceBytes(documents) <= limit;
    }

    private static long sourceBytes(List<Document> documents) {
        long sum = 0;
        for (Document d : documents) {
            try {
                sum += Files.size(d.file());
            } catch (IOException e) {
                // a source gone meanwhile: its own publication reports it
            }
        }
        return sum;
    }

    /** The volume made while the documents' own PDFs were, when it holds the documents that got one. */
    private static Volume early(Future<Volume> early, List<Document> assumed, List<Document> withPdf) throws IOException {
        return early == null || !assumed.equals(withPdf) ? null : result(early);
    }

    /** One page of the edition's own ({@code template} of index.xsl) into {@code href}; its files recorded in {@code out}. */
    private static Outputs writeSitePage(String template, String href, Map<String, String> config, XdmNode register,
            List<XdmNode> reading, Stylesheets sheets, Outputs out, Consumer<Problem> problems) {
        Stylesheets.Secondary secondary = rel -> out.create("site/" + rel);
        Stylesheets.Context c = new Stylesheets.Context(register, reading, config);
        try (OutputStream page = out.create("site/" + href)) {
            sheets.sitePage(template, null, null, c, page, secondary, problems);
        } catch (net.sf.saxon.s9api.SaxonApiException e) {
            problems.accept(Problem.error(Codes.HTML_FAILED, href + " could not be made: " + e.getMessage(), null, 0, 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** What became of the two site pages that can be taken over on their own. */
    private record SiteRecords(Manifest.Guidelines guidelines, Manifest.Rendered home) {
    }

    /** Home, search, guidelines and 404 pages, and the sitemap. */
    private SiteRecords writeSitePages(SitePlan plan, List<Page> pages, Document register, List<Document> inOrder,
            Supplier<List<XdmNode>> reading, GuidelinesPage guidelines, HomePage home, Set<String> pdfs, Stylesheets sheets,
            Outputs site, Consumer<Problem> problems) throws IOException {
        XdmNode reg = register == null ? null : register.node();
        List<Document> all = new ArrayList<>(inOrder);
        if (register != null) {
            all.add(register);
        }
        java.util.concurrent.atomic.AtomicReference<Manifest.Guidelines> made = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicReference<Manifest.Rendered> homeMade = new java.util.concurrent.atomic.AtomicReference<>();
        // The pages on the build's threads, the two that read every document first; their files are
        // recorded in this order, whichever finishes first.
        List<String[]> sitePages = List.of(new String[] {"guidelines", GuidelinesPage.HREF}, new String[] {"index", "index.html"},
                new String[] {"search", "search.html"}, new String[] {"not-found", "404.html"});
        List<Outputs> outputs;
        try {
            outputs = parallel(sitePages, page -> {
                Map<String, String> config = plan.sitePage(page[1]);
                config.put("pdf-documents", String.join(" ", pdfs));
                if (page[0].equals("guidelines")) {
                    // Taken over when the documents' structure and its examples' documents are unchanged.
                    Outputs out = site.another();
                    made.set(guidelines.write(guidelines.key(config, inOrder, register), all, register, config, sheets, out,
                            problems));
                    return out;
                }
                if (page[0].equals("index")) {
                    // Taken over when no document's facts changed.
                    Outputs out = site.another();
                    homeMade.set(home.write(config, inOrder, register, () -> new Stylesheets.Context(reg, reading.get(), config),
                            sheets, out, problems));
                    return out;
                }
                return writeSitePage(page[0], page[1], config, reg, List.of(), sheets, site.another(), problems);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        outputs.forEach(site::recordAll);
        List<String> hrefs = new ArrayList<>(List.of("index.html", "search.html", GuidelinesPage.HREF));
        pages.forEach(p -> hrefs.add(p.href()));
        site.write("site/sitemap.xml", Sitemap.of(plan.sitePage("index.html").get("site-url"), hrefs));
        return new SiteRecords(made.get(), homeMade.get());
    }

    /** Runs {@code task} on a daemon thread of its own, beside the build; its outcome through the future. */
    private static <T> Future<T> beside(String name, java.util.concurrent.Callable<T> task) {
        java.util.concurrent.FutureTask<T> f = new java.util.concurrent.FutureTask<>(task);
        Thread t = new Thread(f, name);
        t.setDaemon(true);
        t.start();
        return f;
    }

    /** Starts {@code task} beside the build (see {@link #beside}) the first time it is run, if {@code wanted}. */
    private static Runnable onceBeside(boolean wanted, String name, java.util.concurrent.Callable<?> task) {
        java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean(!wanted);
        return () -> {
            if (started.compareAndSet(false, true)) {
                beside(name, task);
            }
        };
    }

    private static void awaitQuietly(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // reported by result()
        }
    }

    /** What a task beside the build made; its exception as the build's own. */
    private static <T> T result(Future<T> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
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
