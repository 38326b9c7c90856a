package org.editio.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.editio.TestFiles;
import org.editio.problem.Problem;
import org.editio.validate.Validation;
import org.editio.xml.Xml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The xml-model lines, read as an editor's tool reads them: each href resolved through the project's
 * catalog (and through the jar's alone) gives the schemas the document is then valid against, offline.
 */
class XmlModelTest {
    private static final Pattern HREF = Pattern.compile("<\\?xml-model\\s+href=\"([^\"]+)\"");

    @TempDir
    Path dir;

    static Stream<Path> sources() throws IOException {
        List<Path> files = Project.xmlFilesUnder(TestFiles.REPO.resolve("tei"));
        assertFalse(files.isEmpty(), "no TEI documents in tei/");
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("sources")
    void theSamplesXmlModelsResolveThroughTheCatalogsToSchemasItIsValidAgainst(Path doc) throws IOException {
        List<String> hrefs = hrefs(doc);
        assertEquals(List.of(Catalog.RELAXNG, Catalog.SCHEMATRON), hrefs);
        URL bundled = Project.class.getResource("/editio/" + Project.CATALOG);
        for (Catalog catalog : List.of(Project.catalog(TestFiles.REPO), Catalog.of(List.of(bundled)))) {
            URL rng = catalog.lookup(hrefs.get(0));
            URL sch = catalog.lookup(hrefs.get(1));
            assertNotNull(rng);
            assertNotNull(sch);
            Validation.Result r = Validation.load(Xml.create(), rng, sch).check(doc);
            assertEquals(List.of(), r.problems().stream().map(p -> p.format(TestFiles.REPO)).toList(), catalog.files().toString());
        }
    }

    @Test
    void anUnmappedXmlModelIsALocatedWarningAndIsNotFetched() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            // Counts each connection before closing it: a fetch would be counted before validation returns.
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
            String remote = "http://127.0.0.1:" + server.getLocalPort() + "/tei_all.rng";
            Files.copy(TestFiles.REGISTER, dir.resolve("register.xml"));
            Path doc = dir.resolve("remote.xml");
            Files.writeString(doc, Files.readString(TestFiles.SAMPLE).replace(Catalog.RELAXNG, remote));
            Project p = Project.at(TestFiles.REPO, null, null);
            List<Problem> problems = Validation.load(Xml.create(), p.relaxNg(), p.schematron()).check(doc).problems();
            assertEquals(1, problems.size(), problems.toString());
            Problem w = problems.get(0);
            assertEquals("xml-model-unmapped", w.code());
            assertFalse(w.isError());
            assertEquals(2, w.line());
            assertTrue(w.message().contains(remote), w.message());
            assertEquals(0, connections.get(), "validation fetched the xml-model's schema");
        }
    }

    private static List<String> hrefs(Path doc) throws IOException {
        Matcher m = HREF.matcher(Files.readString(doc));
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
