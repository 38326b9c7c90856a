package org.editio.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.editio.TestFiles;
import org.editio.problem.SetupException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** schemas/catalog.xml and the jar's copy map every canonical URI to an existing local file, offline. */
class CatalogTest {
    private static final List<String> CANONICAL = List.of(Catalog.RELAXNG, Catalog.SCHEMATRON);

    @TempDir
    Path dir;

    @Test
    void theProjectCatalogMapsEachCanonicalUriToTheFileBesideIt() throws IOException {
        Catalog catalog = Catalog.of(List.of(TestFiles.existing(TestFiles.REPO.resolve("schemas/catalog.xml")).toUri().toURL()));
        for (String uri : CANONICAL) {
            URL found = catalog.lookup(uri);
            String name = uri.substring(uri.lastIndexOf(':') + 1);
            assertEquals(TestFiles.REPO.resolve("schemas").resolve(name).toUri().toURL().toString(), found.toString(), uri);
            assertTrue(Files.isRegularFile(Path.of(URI(found))), found.toString());
        }
    }

    @Test
    void theBundledCatalogMapsEachCanonicalUriToTheBundledCopy() throws IOException {
        URL bundled = Project.class.getResource("/editio/schemas/catalog.xml");
        Catalog catalog = Catalog.of(List.of(bundled));
        for (String uri : CANONICAL) {
            URL found = catalog.lookup(uri);
            String name = uri.substring(uri.lastIndexOf(':') + 1);
            assertEquals(new URL(bundled, name).toString(), found.toString(), uri);
            try (InputStream in = found.openStream()) {
                assertEquals(Files.size(TestFiles.REPO.resolve("schemas").resolve(name)), in.readAllBytes().length, uri);
            }
        }
    }

    @Test
    void theProjectCatalogWinsAndTheJarCatalogFillsIn() throws IOException {
        Files.createDirectories(dir.resolve("schemas"));
        Files.writeString(dir.resolve("schemas/catalog.xml"), """
                <catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">
                  <uri name="urn:x-editio:schema:editio.rng" uri="mine.rng"/>
                </catalog>""");
        Files.copy(TestFiles.REPO.resolve("schemas/editio.rng"), dir.resolve("schemas/mine.rng"));
        Project p = Project.at(dir, null, null);
        assertEquals(dir.resolve("schemas/mine.rng").toUri().toURL(), p.relaxNg());
        assertEquals(Project.class.getResource("/editio/schemas/editio.sch"), p.schematron());
    }

    @Test
    void aProjectWithItsOwnSchemasButNoCatalogStillUsesThem() throws IOException {
        Files.createDirectories(dir.resolve("schemas"));
        Files.copy(TestFiles.REPO.resolve("schemas/editio.sch"), dir.resolve("schemas/editio.sch"));
        Project p = Project.at(dir, null, null);
        assertEquals(dir.resolve("schemas/editio.sch").toUri().toURL(), p.schematron());
        assertEquals(Project.class.getResource("/editio/schemas/editio.rng"), p.relaxNg());
    }

    @Test
    void theSampleProjectResolvesItsOwnSchemas() throws IOException {
        Project p = Project.at(TestFiles.REPO, null, null);
        assertEquals(TestFiles.REPO.resolve("schemas/editio.rng").toUri().toURL(), p.relaxNg());
        assertEquals(TestFiles.REPO.resolve("schemas/editio.sch").toUri().toURL(), p.schematron());
    }

    @Test
    void unmappedUrisAreNotFetched() throws IOException {
        Catalog catalog = Catalog.of(List.of(TestFiles.REPO.resolve("schemas/catalog.xml").toUri().toURL()));
        assertNull(catalog.lookup("https://example.org/editio.rng"));
    }

    @Test
    void aMappingToTheNetworkIsRefusedAndNothingIsFetched() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            // Counts every connection before closing it, so a client that connected has been counted
            // before its request fails and the lookup returns.
            AtomicInteger connections = new AtomicInteger();
            Thread acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket s = server.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            String remote = "http://127.0.0.1:" + server.getLocalPort();
            Path cat = dir.resolve("catalog.xml");
            Files.writeString(cat, """
                    <catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">
                      <uri name="urn:x-editio:schema:editio.rng" uri="%s/editio.rng"/>
                      <nextCatalog catalog="%s/catalog.xml"/>
                    </catalog>""".formatted(remote, remote));
            Catalog catalog = Catalog.of(List.of(cat.toUri().toURL()));
            SetupException e = assertThrows(SetupException.class, () -> catalog.lookup(Catalog.RELAXNG));
            assertTrue(e.getMessage().contains("only local files"), e.getMessage());
            e = assertThrows(SetupException.class, () -> catalog.lookup(Catalog.SCHEMATRON));
            assertTrue(e.getMessage().contains("only local XML catalogs"), e.getMessage());
            assertEquals(0, connections.get(), "the catalog made a network request");
        }
    }

    private static java.net.URI URI(URL u) {
        try {
            return u.toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
