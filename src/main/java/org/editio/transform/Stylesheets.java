package org.editio.transform;

import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import net.sf.saxon.lib.TraceListener;
import net.sf.saxon.s9api.Destination;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmEmptySequence;
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import org.editio.problem.Problem;
import org.editio.problem.SetupException;
import org.editio.xml.Whitespace;
import org.editio.xml.Xml;
import org.xml.sax.ContentHandler;

/**
 * The edition's three entry stylesheets (html.xsl, index.xsl, fo.xsl), each compiled once per run. The
 * compiled {@link XsltExecutable}s are immutable and shared; every call below makes its own transformer,
 * so calls may run on many threads at once. Stylesheet messages become problems (see MessageRouter), and
 * {@code xsl:result-document} is refused: a stylesheet writes only where Editio tells it to.
 */
public final class Stylesheets {
    private static final QName CONFIG = new QName(MessageRouter.NS, "config");
    private static final QName REGISTER = new QName(MessageRouter.NS, "register");
    private static final QName DOCUMENTS = new QName(MessageRouter.NS, "documents");
    private static final QName SCHEMA = new QName(MessageRouter.NS, "schema");
    private static final QName RULES = new QName(MessageRouter.NS, "rules");
    private static final QName USES = new QName(MessageRouter.NS, "uses");
    private static final String MENTION_PAGES = "mention-pages";

    private final Xml xml;
    private final Compiling html;
    private final Compiling index;
    private final Compiling fo;
    /** The RelaxNG schema and the Schematron rules given to index.xsl (the guidelines page), or null. */
    private final XdmNode schema;
    private final XdmNode rules;

    private Stylesheets(Xml xml, Compiling html, Compiling index, Compiling fo, XdmNode schema, XdmNode rules) {
        this.xml = xml;
        this.html = html;
        this.index = index;
        this.fo = fo;
        this.schema = schema;
        this.rules = rules;
    }

    /**
     * html.xsl, index.xsl and fo.xsl from {@code stylesheet.apply(name)}, each compiled when first used (a
     * build of the HTML alone never compiles fo.xsl), or beforehand by {@link #prepareHtml}.
     */
    public static Stylesheets compile(Xml xml, java.util.function.Function<String, URL> stylesheet) {
        return compile(xml, stylesheet, null);
    }

    /**
     * As {@link #compile(Xml, java.util.function.Function)}, the stylesheets compiled with tracing and every
     * transformation reporting to {@code trace} (one listener for all threads), or without when it is null:
     * for measuring where a stylesheet spends its time ({@code editio bench-pages --profile}), not for builds.
     */
    public static Stylesheets compile(Xml xml, java.util.function.Function<String, URL> stylesheet, TraceListener trace) {
        EntryCache.register(xml.processor());
        return new Stylesheets(xml, new Compiling(xml, stylesheet.apply("html.xsl"), trace),
                new Compiling(xml, stylesheet.apply("index.xsl"), trace), new Compiling(xml, stylesheet.apply("fo.xsl"), trace),
                null, null);
    }

    /**
     * Compiles the HTML stylesheets now, on the calling thread, unless done already: a build calls this
     * beside the validation, so that the pages do not wait for it. A setup error is thrown here and again
     * at first use.
     */
    public void prepareHtml() {
        html.get();
        index.get();
    }

    /**
     * The whitespace the pages' stylesheet strips from its input ({@code html}) or else the PDF's (compiled
     * now if need be): a document's tree built so is transformed as it is, instead of through a stripping
     * view of it (see {@link Whitespace}). Both stylesheets strip the same elements (common/whitespace.xsl).
     */
    public Whitespace whitespace(boolean html) {
        return Whitespace.of(html ? this.html.get() : fo.get());
    }

    /** A stylesheet compiled once, when first asked for; thread-safe. */
    private static final class Compiling {
        private final Xml xml;
        private final URL url;
        /** Where a transformation reports its templates' and functions' calls, or null (no tracing). */
        private final TraceListener trace;
        private XsltExecutable compiled;

        Compiling(Xml xml, URL url, TraceListener trace) {
            this.xml = xml;
            this.url = url;
            this.trace = trace;
        }

        synchronized XsltExecutable get() {
            if (compiled == null) {
                XsltCompiler compiler = xml.processor().newXsltCompiler();
                CompileErrors errors = new CompileErrors();
                compiler.setErrorReporter(errors);
                compiler.setCompileWithTracing(trace != null);
                compiled = compile(compiler, url, errors);
            }
            return compiled;
        }
    }

    /**
     * These stylesheets, with the edition's RelaxNG schema and Schematron rules (read through the secure
     * reader) given to the site pages as {@code editio:schema} and {@code editio:rules}: the encoding
     * guidelines page is made from them.
     */
    public Stylesheets withSchemas(URL relaxNg, URL schematron) {
        return new Stylesheets(xml, html, index, fo, read(relaxNg), read(schematron));
    }

    private XdmNode read(URL url) {
        try {
            return xml.processor().newDocumentBuilder().build(Xml.source(url));
        } catch (SaxonApiException e) {
            throw new SetupException("cannot read " + url + ": " + e.getMessage(), e);
        }
    }

    private static XsltExecutable compile(XsltCompiler compiler, URL url, CompileErrors errors) {
        try {
            return compiler.compile(Xml.source(url));
        } catch (SaxonApiException e) {
            throw new SetupException("cannot compile the stylesheet " + url + ":\n" + errors.drain() + e.getMessage(), e);
        }
    }

    /** Opens a secondary file (a path relative to the site folder) that a stylesheet writes. */
    @FunctionalInterface
    public interface Secondary {
        OutputStream open(String relativeToSite) throws java.io.IOException;
    }

    /**
     * What every transformation is given: the register (or null), all published documents in date order,
     * and the configuration map; for the guidelines page also the table of element uses, else null
     * (docs/xslt-contract.md).
     */
    public record Context(XdmNode register, List<XdmNode> documents, Map<String, String> config, XdmNode uses) {
        public Context(XdmNode register, List<XdmNode> documents, Map<String, String> config) {
            this(register, documents, config, null);
        }
    }

    /** Writes the HTML page for {@code doc} to {@code out}; its secondary files through {@code secondary}. */
    public void page(Path file, XdmNode doc, Context context, OutputStream out, Secondary secondary,
            Consumer<Problem> problems) throws SaxonApiException {
        Xslt30Transformer t = transformer(html, file, doc, context, secondary, problems);
        t.applyTemplates(doc, t.newSerializer(out));
    }

    /** Streams the XSL-FO for {@code doc} as SAX events into {@code fop}. */
    public void fo(Path file, XdmNode doc, Context context, ContentHandler fop, Consumer<Problem> problems)
            throws SaxonApiException {
        Xslt30Transformer t = transformer(fo, file, doc, context, null, problems);
        Destination d = new SAXDestination(fop);
        t.applyTemplates(doc, d);
    }

    /**
     * Streams the XSL-FO of the whole edition (fo.xsl's {@code volume} template) into {@code fop}.
     * {@code mentionPages} maps FO ids (those of the mentions of register entries among them) to the
     * label of their page, as a first rendering of the same volume laid them out (config key
     * {@code mention-pages}); the register then prints each page once. Empty: the register cites pages
     * through FO page-number citations.
     */
    public void foVolume(Context context, Map<String, String> mentionPages, ContentHandler fop, Consumer<Problem> problems)
            throws SaxonApiException {
        XdmMap config = XdmMap.makeMap(context.config());
        if (!mentionPages.isEmpty()) {
            config = config.put(new XdmAtomicValue(MENTION_PAGES), XdmMap.makeMap(mentionPages));
        }
        Xslt30Transformer t = transformer(fo, null, null, context, config, null, problems);
        t.callTemplate(new QName(MessageRouter.NS, "volume"), new SAXDestination(fop));
    }

    /**
     * Writes a site page made by a named template of index.xsl ({@code index}, {@code search},
     * {@code not-found}, {@code volume}); {@code doc} is the global context item, or null.
     */
    public void sitePage(String template, Path file, XdmNode doc, Context context, OutputStream out,
            Secondary secondary, Consumer<Problem> problems) throws SaxonApiException {
        Xslt30Transformer t = transformer(index, file, doc, context, secondary, problems);
        t.callTemplate(new QName(MessageRouter.NS, template), t.newSerializer(out));
    }

    /**
     * Writes the site page made by index.xsl's {@code template}, then returns the strings that its companion
     * template {@code then} gives with the same transformer, so that what the page worked out is not worked
     * out again: {@code guidelines} then {@code guidelines-sources} (the ids of the documents its examples come
     * from), {@code index} then {@code home-digests} (what the home page reads of each document).
     */
    public List<String> sitePageThen(String template, String then, Context context, OutputStream out, Secondary secondary,
            Consumer<Problem> problems) throws SaxonApiException {
        Xslt30Transformer t = transformer(index, null, null, context, secondary, problems);
        t.callTemplate(new QName(MessageRouter.NS, template), t.newSerializer(out));
        List<String> strings = new java.util.ArrayList<>();
        for (net.sf.saxon.s9api.XdmItem item : t.callTemplate(new QName(MessageRouter.NS, then))) {
            strings.add(item.getStringValue());
        }
        return strings;
    }

    /** What the home page reads of {@code doc} (index.xsl's {@code home-digest}), as the home page itself gives it. */
    public String homeDigest(Path file, XdmNode doc, Map<String, String> config) throws SaxonApiException {
        Xslt30Transformer t = transformer(index, file, doc, new Context(null, List.of(), config), null, p -> { });
        return t.callTemplate(new QName(MessageRouter.NS, "home-digest")).itemAt(0).getStringValue();
    }

    private Xslt30Transformer transformer(Compiling exe, Path file, XdmNode doc, Context context,
            Secondary secondary, Consumer<Problem> problems) throws SaxonApiException {
        return transformer(exe, file, doc, context, XdmMap.makeMap(context.config()), secondary, problems);
    }

    /** A transformer given {@code context}, its configuration map as {@code config}. */
    private Xslt30Transformer transformer(Compiling exe, Path file, XdmNode doc, Context context, XdmMap config,
            Secondary secondary, Consumer<Problem> problems) throws SaxonApiException {
        Xslt30Transformer t = exe.get().load30();
        Map<QName, XdmValue> params = new HashMap<>();
        params.put(CONFIG, config);
        params.put(REGISTER, context.register() == null ? XdmEmptySequence.getInstance() : context.register());
        params.put(DOCUMENTS, new XdmValue(context.documents()));
        if (exe == index) {
            params.put(SCHEMA, schema == null ? XdmEmptySequence.getInstance() : schema);
            params.put(RULES, rules == null ? XdmEmptySequence.getInstance() : rules);
            params.put(USES, context.uses() == null ? XdmEmptySequence.getInstance() : context.uses());
        }
        t.setStylesheetParameters(params);
        if (exe.trace != null) {
            t.setTraceListener(exe.trace);
        }
        if (doc != null) {
            t.setGlobalContextItem(doc);
        }
        t.setMessageHandler(new MessageRouter(xml, file, doc, problems));
        // Dynamic errors reach the caller as exceptions (and become problems); Saxon must not print them.
        t.setErrorReporter(error -> { });
        t.setBaseOutputURI(SecondaryFiles.baseFor(context.config().get("page-href")));
        t.setResultDocumentHandler(new SecondaryFiles(xml.processor(), secondary));
        return t;
    }
}
