package org.editio.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;

/**
 * FOP's only way to load anything: fonts from the class path ({@code classpath:} URIs) and files inside
 * the project folder (images). Everything else, the network above all, is refused; FOP may write nothing.
 * Stateless and thread-safe.
 */
final class LocalResources implements ResourceResolver {
    private final Path root;

    LocalResources(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public Resource getResource(URI uri) throws IOException {
        if ("classpath".equals(uri.getScheme())) {
            String name = uri.getSchemeSpecificPart();
            InputStream in = LocalResources.class.getClassLoader().getResourceAsStream(name);
            if (in == null) {
                throw new IOException("not on the class path: " + name);
            }
            return new Resource(in);
        }
        if ("file".equals(uri.getScheme())) {
            Path p = Path.of(uri).toAbsolutePath().normalize();
            if (p.startsWith(root) && Files.isRegularFile(p)) {
                return new Resource(Files.newInputStream(p));
            }
        }
        throw new IOException("Editio reads only project files and bundled fonts; refused " + uri);
    }

    @Override
    public OutputStream getOutputStream(URI uri) throws IOException {
        throw new IOException("FOP may not write files; refused " + uri);
    }
}
