package org.editio.render;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Date;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.fop.accessibility.DummyStructureTreeEventHandler;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.apache.fop.render.xml.XMLRenderer;
import org.editio.problem.Codes;
import org.editio.problem.Problem;
import org.editio.problem.SetupException;
import org.xml.sax.ContentHandler;

/**
 * Renders XSL-FO, streamed in as SAX events, into PDF with Apache FOP. The {@link FopFactory} (fonts,
 * configuration) is built once and shared by all threads; each {@link #render} call has its own user
 * agent and event listener, and returns the PDF only when FOP reported nothing that loses content.
 * {@link #pageLabels} lays a document out without making a PDF, to learn on which page each id lands.
 */
public final class PdfRenderer {
    /** Writes a document's XSL-FO into FOP's handler. */
    @FunctionalInterface
    public interface FoSource {
        void writeTo(ContentHandler fop) throws Exception;
    }

    /** Line and column ({@code int[2]}) in the TEI source of the node an XPath {@code path()} names. */
    @FunctionalInterface
    public interface SourceMap {
        int[] locate(String path);
    }

    /** What goes into the PDF's info dictionary and XMP. */
    public record Metadata(String title, String author, String subject, String keywords, String language,
            java.time.Instant created) {
    }

    /** Where {@link #captureFo} copies the FO to, or null (almost always). */
    private static volatile Path capture;

    private final FopFactory factory;
    private final String producer;

    private PdfRenderer(FopFactory factory, String producer) {
        this.factory = factory;
        this.producer = producer;
    }

    /** A renderer that may read files under {@code projectRoot} (images) and the bundled fonts, nothing else. */
    public static PdfRenderer create(Path projectRoot, String producer) {
        Quiet.silenceLibraryLogging();
        try (InputStream conf = PdfRenderer.class.getResourceAsStream("/editio/fop.xconf")) {
            if (conf == null) {
                throw new SetupException("the jar has no editio/fop.xconf");
            }
            FopConfParser parser = new FopConfParser(conf, projectRoot.toUri(), new LocalResources(projectRoot));
            return new PdfRenderer(parser.getFopFactoryBuilder().build(), producer);
        } catch (Exception e) {
            throw new SetupException("cannot configure Apache FOP: " + e.getMessage(), e);
        }
    }

    /**
     * The PDF's bytes, or null when the document failed (the reasons went to {@code problems}).
     * {@code file} is the TEI source, or null for a PDF made of several (the volume).
     */
    public byte[] render(Path file, Metadata meta, FoSource fo, SourceMap sourceMap, Consumer<Problem> problems) {
        FopEvents events = new FopEvents(file, problems);
        FOUserAgent agent = factory.newFOUserAgent();
        agent.getEventBroadcaster().addEventListener(events);
        // Title, author and subject go in as XMP (ArchivalFo), in the forms PDF/A and PDF/UA require;
        // FOP fills the info dictionary from it. Set here too, FOP would overwrite them in a plain form.
        agent.setKeywords(orNull(meta.keywords()));
        agent.setCreator("Editio");
        agent.setProducer(producer);
        agent.setCreationDate(Date.from(meta.created()));
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            Fop fop;
            synchronized (factory) {
                // FOP reads its renderer and font configuration (a shared DOM that is not safe to read
                // from several threads) while it makes a Fop: one at a time; rendering runs in parallel.
                fop = factory.newFop(MimeConstants.MIME_PDF, agent, out);
            }
            Path captureTo = capture;
            try (FoCapture copy = captureTo == null ? null : FoCapture.into(captureTo, foName(file), fop.getDefaultHandler())) {
                ContentHandler archival = new ArchivalFo(copy == null ? fop.getDefaultHandler() : copy, meta, meta.language());
                fo.writeTo(new SourceLocations(archival, file == null ? "" : file.toUri().toString(), sourceMap));
            }
        } catch (Exception e) {
            problems.accept(Problem.error(Codes.PDF_FAILED, "PDF could not be made: " + rootMessage(e), file, 0, 0));
            return null;
        }
        if (events.failed()) {
            return null;
        }
        try {
            return StableId.apply(LinkDescriptions.apply(out.toByteArray()));
        } catch (java.io.IOException e) {
            problems.accept(Problem.error(Codes.PDF_FAILED, "PDF could not be finished: " + e.getMessage(), file, 0, 0));
            return null;
        }
    }

    /**
     * The page label (as printed: {@code "iv"}, {@code "12"}) of the first page on which each FO id of
     * {@code fo} lands, from a layout-only rendering with the PDF's fonts and page geometry: FOP's area
     * tree, read as a stream while FOP writes it, never stored. Messages of this pass are dropped:
     * {@link #render} of the same FO reports them. Empty when the FO cannot be laid out.
     */
    public Map<String, String> pageLabels(FoSource fo) {
        FOUserAgent agent = factory.newFOUserAgent();
        agent.getEventBroadcaster().addEventListener(event -> { });
        PageLabels labels = new PageLabels();
        try {
            Fop fop;
            synchronized (factory) {
                // The area tree takes the PDF renderer's fonts, so lines and pages break as in the PDF.
                XMLRenderer areas = new XMLRenderer(agent);
                areas.mimicRenderer(agent.getRendererFactory().createRenderer(agent, MimeConstants.MIME_PDF));
                // The FO is processed as for the tagged PDF, but no PDF is made, so its structure tree
                // (which the PDF renderer just installed and could not start) goes nowhere.
                agent.setStructureTreeEventHandler(DummyStructureTreeEventHandler.INSTANCE);
                areas.setContentHandler(labels);
                agent.setRendererOverride(areas);
                fop = factory.newFop(MimeConstants.MIME_FOP_AREA_TREE, agent);
            }
            // The stylesheet's source marks must go, as in render; the XMP and link descriptions that
            // ArchivalFo adds there take no room on a page.
            fo.writeTo(new SourceLocations(fop.getDefaultHandler(), "", path -> new int[] {0, 0}));
        } catch (Exception e) {
            return Map.of();
        }
        return labels.labels();
    }

    /**
     * For the benchmark: until the returned handle is closed, every FO that {@link #render} gives FOP (after
     * Editio's filters, as FOP reads it) is also written to {@code dir/NAME.fo}, NAME being the TEI file's
     * name without {@code .xml}, or {@code volume} for the edition's volume. One capture at a time per JVM;
     * nothing else should render meanwhile.
     */
    public static AutoCloseable captureFo(Path dir) {
        capture = dir.toAbsolutePath().normalize();
        return () -> capture = null;
    }

    private static String foName(Path file) {
        return file == null ? "volume.fo" : file.getFileName().toString().replaceFirst("\\.xml$", "") + ".fo";
    }

    /**
     * For the benchmark: Apache FOP alone renders a saved FO file ({@link #captureFo}) to PDF with this
     * renderer's factory (the same fonts, PDF/A-2b and PDF/UA-1 configuration), as FOP's command line does:
     * no stylesheet, no Editio filter, no post-processing. Thread-safe like {@link #render}. Returns FOP's
     * page count.
     */
    public int renderFoFile(Path foFile, java.io.OutputStream out) throws Exception {
        FOUserAgent agent = factory.newFOUserAgent();
        agent.setCreator("Editio");
        agent.setProducer(producer);
        Fop fop;
        synchronized (factory) {
            fop = factory.newFop(MimeConstants.MIME_PDF, agent, out);
        }
        org.xml.sax.XMLReader reader = org.editio.xml.Xml.newReader();
        reader.setContentHandler(fop.getDefaultHandler());
        try (InputStream in = java.nio.file.Files.newInputStream(foFile)) {
            org.xml.sax.InputSource source = new org.xml.sax.InputSource(in);
            source.setSystemId(foFile.toUri().toString());
            reader.parse(source);
        }
        return fop.getResults().getPageCount();
    }

    /** FOP refuses empty metadata values: leave them out instead. */
    private static String orNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
