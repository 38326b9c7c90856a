package org.editio.transform;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.function.Function;
import net.sf.saxon.s9api.Destination;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.SaxonApiUncheckedException;
import net.sf.saxon.s9api.Serializer;

/**
 * Routes a stylesheet's {@code xsl:result-document} into the site: only hrefs relative to the page,
 * inside the site (no scheme, no absolute path, no way up out of it), each opened through
 * {@link Stylesheets.Secondary}. Anything else is refused, so a stylesheet writes only where Editio says.
 * One instance per transformation.
 */
final class SecondaryFiles implements Function<URI, Destination> {
    /** The pretend location of the site: relative hrefs resolve against a page inside it. */
    static final String SITE = "file:///editio-site/";
    private static final String SITE_PATH = "/editio-site/";

    private final Processor processor;
    private final Stylesheets.Secondary open;

    SecondaryFiles(Processor processor, Stylesheets.Secondary open) {
        this.processor = processor;
        this.open = open;
    }

    static String baseFor(String pageHref) {
        return SITE + (pageHref == null || pageHref.isEmpty() ? "index.html" : pageHref);
    }

    @Override
    public Destination apply(URI uri) {
        String relative = relativeToSite(uri);
        if (open == null || relative == null) {
            throw refused("xsl:result-document may only write files inside the site, relative to the page; refused " + uri, null);
        }
        try {
            OutputStream out = open.open(relative);
            Serializer serializer = processor.newSerializer(out);
            serializer.onClose(() -> {
                try {
                    out.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return serializer;
        } catch (IOException e) {
            throw refused("xsl:result-document cannot write " + relative + ": " + e.getMessage(), e);
        }
    }

    /**
     * Saxon turns this exception (and only this kind) into the transformation's dynamic error with our
     * message; any other exception from a handler it prints to stderr and replaces by a message of its own.
     */
    private static SaxonApiUncheckedException refused(String message, Exception cause) {
        return new SaxonApiUncheckedException(new SaxonApiException(message, cause));
    }

    /**
     * The path inside the site that {@code uri} (resolved against the page) names, or null when it leaves
     * the site: another scheme or host, an absolute path elsewhere, a query or fragment, or any empty,
     * "." or ".." segment, also percent-encoded, or a backslash or NUL.
     */
    static String relativeToSite(URI uri) {
        String raw = uri.getRawPath();
        if (!"file".equals(uri.getScheme()) || (uri.getRawAuthority() != null && !uri.getRawAuthority().isEmpty())
                || raw == null || uri.getRawQuery() != null || uri.getRawFragment() != null || !raw.startsWith(SITE_PATH)) {
            return null;
        }
        String relative = uri.getPath().substring(SITE_PATH.length());
        if (relative.isEmpty() || relative.indexOf('\\') >= 0 || relative.indexOf('\0') >= 0) {
            return null;
        }
        for (String segment : relative.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return null;
            }
        }
        return relative;
    }
}
