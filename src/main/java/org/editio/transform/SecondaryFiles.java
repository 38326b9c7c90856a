package org.editio.transform;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.function.Function;
import net.sf.saxon.s9api.Destination;
import net.sf.saxon.s9api.Processor;
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
        URI u = uri.normalize();
        String path = u.getPath() == null ? "" : u.getPath();
        if (open == null || !"file".equals(u.getScheme()) || (u.getAuthority() != null && !u.getAuthority().isEmpty())
                || !path.startsWith(SITE_PATH) || path.length() == SITE_PATH.length() || path.contains("/../")
                || u.getQuery() != null || u.getFragment() != null) {
            throw new IllegalStateException("xsl:result-document may only write files inside the site, relative to the page; refused " + uri);
        }
        String relative = path.substring(SITE_PATH.length());
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
            throw new UncheckedIOException("cannot write " + relative, e);
        }
    }
}
