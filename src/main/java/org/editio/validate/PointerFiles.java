package org.editio.validate;

import java.util.concurrent.ConcurrentHashMap;
import javax.xml.transform.Source;
import javax.xml.transform.sax.SAXSource;
import net.sf.saxon.lib.ResourceRequest;
import net.sf.saxon.lib.ResourceResolver;
import net.sf.saxon.om.NodeInfo;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.trans.XPathException;
import org.editio.xml.Xml;
import org.xml.sax.InputSource;

/**
 * The files the Schematron pointer rules open with {@code doc()} and {@code doc-available()}
 * ({@code register.xml#id} …), each read once per run instead of once per checked document: the first
 * request parses the file through the run's own (secure, local-only) resolver and keeps the tree, or
 * keeps the fact that it is missing or not well-formed, which is what makes {@code doc-available()}
 * slow. One per {@link SchematronRules}; thread-safe (a concurrent map of immutable trees). The files are
 * taken not to change during a run.
 */
final class PointerFiles implements ResourceResolver {
    /** The value kept for a file that cannot be loaded. */
    private static final Object UNAVAILABLE = new Object();

    private final Processor processor;
    private final ResourceResolver delegate;
    private final ConcurrentHashMap<String, Object> files = new ConcurrentHashMap<>();

    PointerFiles(Processor processor) {
        this.processor = processor;
        this.delegate = processor.getUnderlyingConfiguration().getResourceResolver();
    }

    @Override
    public Source resolve(ResourceRequest request) throws XPathException {
        if (request.uri == null || !ResourceRequest.XML_NATURE.equals(request.nature)) {
            return delegate == null ? null : delegate.resolve(request);
        }
        Object file = files.computeIfAbsent(request.uri, uri -> load(request));
        if (file == UNAVAILABLE) {
            throw new Unavailable(request.uri);
        }
        return (NodeInfo) file;
    }

    /**
     * The error for a file that cannot be loaded, without a stack trace: the pointer rules ask
     * {@code doc-available()} of the same missing file for every pointer to it, and Saxon only needs the
     * error, not where it was thrown.
     */
    private static final class Unavailable extends XPathException {
        private static final long serialVersionUID = 1L;

        Unavailable(String uri) {
            super("cannot load " + uri + " (not found or not well-formed)", "FODC0002");
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    private Object load(ResourceRequest request) {
        try {
            Source source = delegate == null ? null : delegate.resolve(request);
            if (source == null) {
                source = new SAXSource(Xml.newReader(), new InputSource(request.uri));
            }
            DocumentBuilder builder = processor.newDocumentBuilder();
            builder.setLineNumbering(true);
            return builder.build(source).getUnderlyingNode();
        } catch (XPathException | SaxonApiException | RuntimeException e) {
            return UNAVAILABLE;
        }
    }
}
