package org.editio.xml;

import java.net.URI;
import java.util.Locale;
import javax.xml.transform.Source;
import javax.xml.transform.sax.SAXSource;
import net.sf.saxon.lib.ResourceRequest;
import net.sf.saxon.lib.ResourceResolver;
import net.sf.saxon.trans.XPathException;
import org.xml.sax.InputSource;

/**
 * Saxon's resolver for everything a stylesheet or query loads (includes, doc(), unparsed-text()): only
 * {@code file:} and {@code jar:} URIs, XML always through the secure reader. A build therefore makes no
 * network request, and only regular files (never a device or a pipe, which could block for ever).
 * Stateless and thread-safe.
 */
final class LocalOnlyResolver implements ResourceResolver {
    @Override
    public Source resolve(ResourceRequest request) throws XPathException {
        String uri = request.uri;
        if (uri == null) {
            return null;
        }
        String scheme;
        try {
            scheme = URI.create(uri.replace(" ", "%20")).getScheme();
        } catch (IllegalArgumentException e) {
            throw new XPathException("not a URI Editio can read: " + uri);
        }
        scheme = scheme == null ? "" : scheme.toLowerCase(Locale.ROOT);
        if (!scheme.equals("file") && !scheme.equals("jar")) {
            throw new XPathException("Editio reads only local files; refused " + uri);
        }
        if (scheme.equals("file") && !isRegularFile(uri)) {
            // a device, a pipe or a folder: reading /dev/stdin or a FIFO would wait for ever
            throw new XPathException("Editio reads only regular files; refused " + uri);
        }
        if (ResourceRequest.XML_NATURE.equals(request.nature) || ResourceRequest.XSLT_NATURE.equals(request.nature)) {
            return new SAXSource(SecureReaders.newReader(), new InputSource(uri));
        }
        return null;
    }

    private static boolean isRegularFile(String uri) {
        try {
            return java.nio.file.Files.isRegularFile(java.nio.file.Path.of(URI.create(uri.replace(" ", "%20"))));
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return false;
        }
    }
}
