package org.editio.pipeline;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import net.sf.saxon.s9api.XdmNode;
import org.editio.problem.Codes;
import org.editio.problem.Problem;
import org.editio.render.PdfRenderer;
import org.editio.site.Site;
import org.editio.transform.Stylesheets;
import org.editio.xml.Xml;

/**
 * Everything made from one document: its PDF, its page(s), its TEI source for download; or, when the
 * previous build made them from the same inputs, those files taken over. One per document and thread.
 */
final class Work {
    /**
     * The shared machinery of the run. Stylesheets and the PDF renderer are compiled when first asked for,
     * so that a build whose documents are all unchanged compiles nothing.
     */
    record Tools(Xml xml, Supplier<Stylesheets> compiled, Supplier<PdfRenderer> renderer, Site site, Options options,
            Instant created) {
        Stylesheets sheets() {
            return compiled.get();
        }

        /** Null when no PDF is asked for. */
        PdfRenderer pdf() {
            return options.pdf() ? renderer.get() : null;
        }
    }

    private final Document d;
    private final List<Page> pages;
    private final Tools tools;
    private final Document register;
    private final Supplier<List<XdmNode>> reading;
    private final Outputs outputs;
    private final List<Problem> mine = new ArrayList<>();
    private final Consumer<Problem> sink;

    /**
     * @param reading every document in date order; only the register's pages read them (its entries list
     *                every passage that mentions them), so other documents never ask for them
     */
    Work(Document d, List<Page> pages, Document register, Supplier<List<XdmNode>> reading, Tools tools,
            Consumer<Problem> problems) {
        this.d = d;
        this.pages = pages;
        this.register = register;
        this.reading = reading;
        this.tools = tools;
        this.outputs = new Outputs(tools.site());
        this.sink = p -> {
            mine.add(p);
            problems.accept(p);
        };
    }

    /**
     * What the output of this document depends on besides the code, stylesheets, schemas and options (see
     * {@link Fingerprint}): its own bytes, the register's (every page names register entries), the
     * configuration of its pages (links to its neighbours, the edition's title), and, for the register,
     * every document of the edition.
     */
    static String key(Document d, List<Page> pages, Document register, String edition) {
        Hashes h = new Hashes().add(d.hash()).add(register == null ? "" : register.hash());
        for (Page p : pages) {
            h.add(p.href()).add(p.kind().name()).add(p.config().toString());
        }
        return h.add(d.register() ? edition : "").hex();
    }

    /** Takes over the previous build's files when they were made from the same inputs; null otherwise. */
    Manifest.Rendered reuse(Manifest.Rendered previous, String key) {
        return Outputs.takeOver(tools.site(), previous, key, null, sink);
    }

    /** Where the site holds the PDF of {@code d} (relative to the output folder). */
    static String sitePdf(Document d) {
        return "site/pdf/" + d.id() + ".pdf";
    }

    /** Renders the document; published = its pages are out (a failed PDF is reported, the pages stay). */
    Manifest.Rendered publish(String key) {
        Options options = tools.options();
        byte[] pdfBytes = options.pdf() ? renderPdf() : null;
        try {
            if (pdfBytes != null) {
                outputs.write("pdf/" + d.id() + ".pdf", pdfBytes);
            }
            if (options.html()) {
                Path previous = tools.site().out().resolve("pdf/" + d.id() + ".pdf");
                boolean hasPdf = true;
                if (pdfBytes != null) {
                    outputs.write(sitePdf(d), pdfBytes);
                } else if (!options.pdf() && Files.isRegularFile(previous)) {
                    outputs.copy(previous, sitePdf(d));
                } else {
                    hasPdf = false;
                }
                for (Page page : pages) {
                    writePage(page, hasPdf);
                }
                outputs.copy(d.file(), "site/tei/" + d.relative());
            }
        } catch (Exception e) {
            sink.accept(Problem.error(Codes.HTML_FAILED, "the HTML page could not be made: " + e.getMessage(), d.file(), 0, 0));
        }
        boolean published = options.html() ? mine.stream().noneMatch(p -> p.code().equals(Codes.HTML_FAILED))
                : mine.stream().noneMatch(Problem::isError);
        return new Manifest.Rendered(key, outputs.files(), List.copyOf(mine), pdfBytes != null, published);
    }

    private Stylesheets.Context context(Map<String, String> config) {
        return new Stylesheets.Context(register == null ? null : register.node(),
                d.register() ? reading.get() : List.of(), config);
    }

    private byte[] renderPdf() {
        PdfRenderer.Metadata meta = new PdfRenderer.Metadata(d.facts().title(), d.facts().author(),
                d.facts().subject(), d.facts().keywords(), d.facts().language(), tools.created());
        Stylesheets.Context c = context(pages.isEmpty() ? Map.of() : pages.get(0).config());
        return tools.pdf().render(d.file(), meta, h -> tools.sheets().fo(d.file(), d.node(), c, h, sink),
                path -> tools.xml().locate(d.node(), path), sink);
    }

    /** Writes one page; without a PDF for the document, the page offers none. */
    private void writePage(Page page, boolean hasPdf) throws Exception {
        Map<String, String> config = new LinkedHashMap<>(page.config());
        if (!hasPdf) {
            config.put("pdf-href", "");
        }
        Stylesheets.Context c = context(config);
        Stylesheets.Secondary secondary = rel -> outputs.create("site/" + rel);
        try (OutputStream out = outputs.create("site/" + page.href())) {
            if (page.kind() == Page.Kind.VOLUME) {
                tools.sheets().sitePage("volume", d.file(), d.node(), c, out, secondary, sink);
            } else {
                tools.sheets().page(d.file(), d.node(), c, out, secondary, sink);
            }
        }
    }
}
