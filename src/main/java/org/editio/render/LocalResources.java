package org.editio.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;

/**
 * FOP's only way to load anything: fonts from the class path ({@code classpath:} URIs) and files inside
 * the project folder (images). Everything else, the network above all, is refused; FOP may write nothing.
 * A class-path resource is read once per JVM and served from memory after that: FOP reads each font it uses
 * twice for every document it renders (to load its metrics, then to embed its subset), and the bundled fonts
 * are compressed in the jar, so that inflating them had been a fifth of a PDF build's processor time
 * (docs/benchmarks.md, nineteenth session). Thread-safe.
 */
final class LocalResources implements ResourceResolver {
    /** The bytes of the class-path resources read so far (the bundled fonts: about 4 MB), by name. */
    private static final Map<String, byte[]> BUNDLED = new ConcurrentHashMap<>();

    private final Path root;

    LocalResources(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public Resource getResource(URI uri) throws IOException {
        if ("classpath".equals(uri.getScheme())) {
            return new Resource(new ByteArrayInputStream(bundled(uri.getSchemeSpecificPart())));
        }
        if ("file".equals(uri.getScheme())) {
            Path p = Path.of(uri).toAbsolutePath().normalize();
            if (p.startsWith(root) && Files.isRegularFile(p)) {
                return new Resource(Files.newInputStream(p));
            }
        }
        throw new IOException("Editio reads only project files and bundled fonts; refused " + uri);
    }

    /** The bytes of the class-path resource {@code name}, read the first time it is asked for. */
    private static byte[] bundled(String name) throws IOException {
        byte[] kept = BUNDLED.get(name);
        if (kept != null) {
            return kept;
        }
        try (InputStream in = LocalResources.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("not on the class path: " + name);
            }
            byte[] read = in.readAllBytes();
            byte[] raced = BUNDLED.putIfAbsent(name, read);
            return raced != null ? raced : read;
        }
    }

    @Override
    public OutputStream getOutputStream(URI uri) throws IOException {
        throw new IOException("FOP may not write files; refused " + uri);
    }
}
