package org.editio.xml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.Configuration;
import net.sf.saxon.event.Builder;
import net.sf.saxon.event.NamespaceReducer;
import net.sf.saxon.event.PipelineConfiguration;
import net.sf.saxon.event.Receiver;
import net.sf.saxon.event.ReceivingContentHandler;
import net.sf.saxon.event.Stripper;
import net.sf.saxon.lib.ErrorReporter;
import net.sf.saxon.lib.Feature;
import net.sf.saxon.lib.StandardErrorReporter;
import net.sf.saxon.om.NodeInfo;
import net.sf.saxon.om.TreeModel;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XmlProcessingError;
import net.sf.saxon.tree.tiny.TinyBuilder;
import net.sf.saxon.tree.tiny.TinyTree;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Editio's one way into XML: a Saxon processor and readers configured so that no DTD, external entity
 * or network resource is ever read, and documents parsed once with line numbers. The processor is
 * shared by the whole run (thread-safe); a {@link DocumentBuilder} is made per thread.
 */
public final class Xml {
    private final Processor processor;
    private final PathLocator locator;

    private Xml(Processor processor) {
        this.processor = processor;
        this.locator = new PathLocator(processor);
    }

    /** A new secured Saxon-HE processor with line numbering on. */
    public static Xml create() {
        Processor p = new Processor(false);
        Configuration c = p.getUnderlyingConfiguration();
        c.setLineNumbering(true);
        c.setResourceResolver(new LocalOnlyResolver());
        c.setConfigurationProperty(Feature.ALLOWED_PROTOCOLS, "file,jar");
        // Saxon-HE has no reflexive Java extension functions; this switch would also disable
        // xsl:result-document, which Editio confines to the site folder itself (SecondaryFiles).
        c.setConfigurationProperty(Feature.ALLOW_EXTERNAL_FUNCTIONS, true);
        c.setConfigurationProperty(Feature.DTD_VALIDATION, false);
        // Saxon makes an error reporter (a writer on System.err, with its buffers) for every transformer it
        // loads, and Editio replaces it at once with its own (Stylesheets): the standard one is made only when
        // something is reported to it.
        c.setErrorReporterFactory(config -> new ErrorReporter() {
            private ErrorReporter standard;

            @Override
            public synchronized void report(XmlProcessingError error) {
                if (standard == null) {
                    StandardErrorReporter r = new StandardErrorReporter();
                    r.setLogger(config.getLogger());
                    standard = r;
                }
                standard.report(error);
            }
        });
        return new Xml(p);
    }

    public Processor processor() {
        return processor;
    }

    /** A fresh secure SAX reader (Woodstox, DTDs and external entities off). */
    public static XMLReader newReader() {
        return SecureReaders.newReader();
    }

    /**
     * Parses {@code file} once, building a Saxon tree with line numbers while the same events go to
     * {@code alsoTo} (a validator's handler, or none).
     *
     * @throws SAXException on malformed input, with the location in a {@link org.xml.sax.SAXParseException};
     *     a {@link RefusedInput} with a stable code for input refused on principle (a DOCTYPE, a byte that is
     *     not text in the declared encoding, a reader limit)
     */
    public XdmNode parse(Path file, ContentHandler... alsoTo) throws IOException, SAXException {
        return parse(file, Whitespace.KEEP, alsoTo);
    }

    /**
     * As {@link #parse(Path, ContentHandler...)}, the tree built without the whitespace-only text nodes
     * {@code whitespace} strips (the other handlers get every event).
     */
    public XdmNode parse(Path file, Whitespace whitespace, ContentHandler... alsoTo) throws IOException, SAXException {
        String systemId = file.toAbsolutePath().normalize().toUri().toString();
        PipelineConfiguration pipe = processor.getUnderlyingConfiguration().makePipelineConfiguration();
        Builder builder = TreeModel.TINY_TREE.makeBuilder(pipe);
        if (builder instanceof TinyBuilder tiny) {
            TreeSize.forFile(Files.size(file)).ifPresent(tiny::setStatistics);
        }
        builder.setSystemId(systemId);
        builder.setLineNumbering(true);
        Receiver receiver = new NamespaceReducer(builder);
        if (whitespace.rule() != null) {
            receiver = new Stripper(whitespace.rule(), receiver);
        }
        ReceivingContentHandler tree = new ReceivingContentHandler();
        tree.setPipelineConfiguration(pipe);
        tree.setReceiver(receiver);
        List<ContentHandler> targets = new ArrayList<>();
        targets.add(tree);
        targets.addAll(List.of(alsoTo));
        Tee tee = new Tee(targets);
        XMLReader reader = SecureReaders.newReader();
        reader.setContentHandler(tee);
        reader.setProperty("http://xml.org/sax/properties/lexical-handler", tee);
        try (InputStream in = Files.newInputStream(file)) {
            InputSource src = new InputSource(in);
            src.setSystemId(systemId);
            reader.parse(src);
        } catch (RefusedInput e) {
            throw e;
        } catch (SAXException | IOException e) {
            if (Encodings.isEncodingFailure(e)) {
                throw Encodings.refusal(file, e);
            }
            if (e instanceof org.xml.sax.SAXParseException p && p.getMessage() != null
                    && p.getMessage().startsWith("Undeclared general entity")) {
                throw new RefusedInput(org.editio.problem.Codes.XML_ENTITY, p.getMessage().lines().findFirst().orElse("")
                        + ": Editio reads no DTDs, so only the five XML entities (&amp; &lt; &gt; &quot; &apos;) are known;"
                        + " write the character itself or a character reference such as &#160;", p.getLineNumber(), p.getColumnNumber());
            }
            if (Limits.isLimit(e)) {
                throw Limits.refusal((org.xml.sax.SAXParseException) e);
            }
            throw e;
        }
        NodeInfo root = builder.getCurrentRoot();
        if (whitespace.rule() != null) {
            // Marks the tree as stripped by that rule: the stylesheet that has it reads the tree as it is.
            ((TinyTree) root.getTreeInfo()).setSpaceStrippingRule(whitespace.rule());
        }
        return new XdmNode(root);
    }

    /** A tree of XML that Editio wrote itself, read through the secure reader. */
    public XdmNode parseText(String text) {
        try {
            return processor.newDocumentBuilder().build(new javax.xml.transform.sax.SAXSource(SecureReaders.newReader(),
                    new InputSource(new java.io.StringReader(text))));
        } catch (SaxonApiException e) {
            throw new IllegalStateException("cannot read XML that Editio wrote: " + e.getMessage(), e);
        }
    }

    /** A source for a stylesheet or schema at {@code url}, read through the secure reader. */
    public static javax.xml.transform.sax.SAXSource source(java.net.URL url) {
        return new javax.xml.transform.sax.SAXSource(SecureReaders.newReader(), new InputSource(url.toExternalForm()));
    }

    /** Line and column ({@code int[2]}, zeros when unknown) of the node an {@code fn:path()} names. */
    public int[] locate(XdmNode document, String path) {
        return locator.locate(document, path);
    }
}
