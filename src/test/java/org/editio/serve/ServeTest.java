package org.editio.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.editio.TestFiles;
import org.editio.pipeline.Options;
import org.editio.project.Project;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@code editio serve} on a copy of the sample edition, through HTTP as a browser talks to it: pages with
 * the live-reload script, the site's 404 page, nothing outside the site, a save that rebuilds and sends
 * "reload", an invalid element that reaches the problems (with its location) instead, a fix that reloads
 * again, and a close that leaves a whole output and a closed port. The waits are generous and nothing is
 * timed: the machine may be busy.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServeTest {
    private static final long WAIT = 180;
    private static final String SECRET = "editio-serve-test-secret-" + System.nanoTime();

    private Path tmp;
    private Path doc;
    private Project project;
    private Serve serve;
    private final List<Serve.Build> builds = Collections.synchronizedList(new ArrayList<>());
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() throws IOException {
        tmp = Files.createTempDirectory("editio-serve");
        Path tei = Files.createDirectories(tmp.resolve("project/tei"));
        doc = tei.resolve("wilson-112037.xml");
        Files.copy(TestFiles.existing(TestFiles.SAMPLE), doc);
        Files.copy(TestFiles.existing(TestFiles.REGISTER), tei.resolve("register.xml"));
        Files.writeString(tmp.resolve("secret.txt"), SECRET);
        project = Project.at(tmp.resolve("project"), null, null);
        serve = Serve.start(project, new Options(false, true, false), 0, builds::add);
    }

    @AfterAll
    void stop() {
        if (serve != null) {
            serve.close();
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(serve.address().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request sent as written (no client normalises its path): the status line and everything after it. */
    private String raw(String path, String host) throws IOException {
        try (Socket s = new Socket("127.0.0.1", serve.address().getPort())) {
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            try (InputStream in = s.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    private String localHost() {
        return "127.0.0.1:" + serve.address().getPort();
    }

    @Test
    @Order(1)
    void servesThePagesWithTheLiveScriptAndRevalidation() throws Exception {
        assertEquals("127.0.0.1", serve.address().getHost());
        for (String page : List.of("", "wilson-112037.html")) {
            HttpResponse<String> r = get(page);
            assertEquals(200, r.statusCode(), page);
            assertEquals("text/html; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""), page);
            assertEquals("no-cache", r.headers().firstValue("Cache-Control").orElse(""), page);
            assertTrue(r.body().contains("<script src=\"/_editio/live.js\" defer></script></head>"), page);
            assertTrue(r.body().contains("connect-src 'self'\">"), page + ": the page's policy lets the script connect");
            // Browsers keep the file but ask each time; an unchanged file is answered "not modified".
            String tag = r.headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> again = http.send(HttpRequest.newBuilder(serve.address().resolve("/" + page))
                    .header("If-None-Match", tag).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(304, again.statusCode(), page);
            assertEquals("", again.body());
            HttpResponse<String> other = http.send(HttpRequest.newBuilder(serve.address().resolve("/" + page))
                    .header("If-None-Match", "\"another\"").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, other.statusCode(), page);
        }
        assertTrue(get("wilson-112037.html").body().contains("On 4 February I had a meeting with"));
        Path onDisk = project.out().resolve("site/wilson-112037.html");
        assertFalse(Files.readString(onDisk).contains("_editio"), "the script is added when served, not on disk");
        assertEquals("text/css; charset=utf-8", get("assets/site.css").headers().firstValue("Content-Type").orElse(""));
        HttpResponse<String> script = get("_editio/live.js");
        assertEquals(200, script.statusCode());
        assertEquals("text/javascript; charset=utf-8", script.headers().firstValue("Content-Type").orElse(""));
        assertTrue(script.body().contains("new EventSource("));
        assertEquals("text/css; charset=utf-8", get("_editio/live.css").headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    @Order(2)
    void servesTheSearchIndexWithItsTypes() throws Exception {
        Path pagefind = project.out().resolve("site/pagefind");
        assertTrue(Files.isDirectory(pagefind), "the sample's search index was built (mvn package installs Pagefind)");
        Path meta;
        try (Stream<Path> s = Files.list(pagefind)) {
            meta = s.filter(p -> p.getFileName().toString().endsWith(".pf_meta")).findFirst().orElseThrow();
        }
        HttpResponse<String> r = get("pagefind/" + meta.getFileName());
        assertEquals(200, r.statusCode());
        assertEquals("application/octet-stream", r.headers().firstValue("Content-Type").orElse(""));
        assertEquals("text/javascript; charset=utf-8", get("pagefind/pagefind.js").headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    @Order(3)
    void answersWhatIsMissingWithTheSites404Page() throws Exception {
        HttpResponse<String> r = get("no-such-page.html");
        assertEquals(404, r.statusCode());
        String page = Files.readString(project.out().resolve("site/404.html"));
        Matcher title = Pattern.compile("<title>[^<]*</title>").matcher(page);
        assertTrue(title.find());
        assertTrue(r.body().contains(title.group()), "the site's own 404 page");
        assertTrue(r.body().contains("/_editio/live.js"));
        assertEquals(301, raw("/register", localHost()).startsWith("HTTP/1.1 301") ? 301 : 0, "a folder without its slash is redirected");
    }

    @Test
    @Order(4)
    void servesNothingOutsideTheSite() throws Exception {
        Path site = project.out().resolve("site");
        Path link = site.resolve("leak.html");
        Files.createSymbolicLink(link, tmp.resolve("secret.txt"));
        try {
            for (String path : List.of("/../../../secret.txt", "/%2e%2e/%2e%2e/%2e%2e/secret.txt",
                    "/%2E%2E%2F%2E%2E%2F%2E%2E%2Fsecret.txt", "/assets/..%2f..%2f..%2f..%2fsecret.txt",
                    "/assets/%2e%2e/%2e%2e/%2e%2e/%2e%2e/secret.txt", "/leak.html", "/..\\..\\..\\secret.txt",
                    "//" + tmp.resolve("secret.txt"), "/.editio/../../../secret.txt")) {
                String response = raw(path, localHost());
                assertTrue(response.startsWith("HTTP/1.1 404") || response.startsWith("HTTP/1.1 400"), path + ": " + response.lines().findFirst().orElse(""));
                assertFalse(response.contains(SECRET), path + " reached a file outside the site");
            }
        } finally {
            Files.delete(link);
        }
        assertTrue(raw("/", "evil.example:" + serve.address().getPort()).startsWith("HTTP/1.1 403"),
                "a page elsewhere that rebinds its name to 127.0.0.1 is refused");
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(serve.address()).POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
    }

    @Test
    @Order(5)
    void rebuildsAfterASaveAndShowsTheProblemsOfABadOne() throws Exception {
        String original = Files.readString(doc);
        String sentence = "On 4 February I had a meeting with";
        assertTrue(original.contains(sentence));
        try (EventStream events = new EventStream(serve.address())) {
            EventStream.Event first = events.next(WAIT);
            assertEquals("state", first.name());
            assertTrue(first.data().contains("\"ok\":true"), first.data());

            // A small text edit, saved as editors do: a temporary file renamed over the source.
            String title = "Ciphered Telegram, Shtykov to Vyshinsky</title>";
            assertTrue(original.contains(title));
            save(original.replace(sentence, "On 4 February (first edit) I had a meeting with")
                    .replace(title, "Ciphered Telegram, Shtykov to Vyshinsky (serve edit)</title>"));
            assertEquals("reload", events.next(WAIT).name());
            assertTrue(get("wilson-112037.html").body().contains("On 4 February (first edit) I had a meeting with"));
            // The document's page came first; the home page that lists it is made right after, and a request
            // for it meanwhile waits: it is never served stale.
            Serve.Build reloaded = builds.get(builds.size() - 1);
            assertTrue(reloaded.report().behind().contains("index.html"), () -> reloaded.report().behind().toString());
            assertTrue(get("index.html").body().contains("(serve edit)"), "the home page lists the new title");
            EventStream.Event caughtUp = events.next(WAIT);
            assertEquals("state", caughtUp.name(), "the follow-up does not reload the pages again");
            assertTrue(builds.get(builds.size() - 1).followUp());

            // An element the schema does not allow: no reload, the problem with its place.
            String opener = "<p xml:id=\"p-intro\">";
            String bad = original.replace(opener, opener + "<bogus/>");
            save(bad);
            EventStream.Event state = events.next(WAIT);
            assertEquals("state", state.name());
            assertTrue(state.data().contains("\"ok\":false"), state.data());
            int offset = bad.indexOf("<bogus/>");
            int line = (int) bad.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
            int column = offset - bad.lastIndexOf('\n', offset - 1);
            String problems = get("_editio/problems.json").body();
            Matcher first1 = Pattern.compile("\\{\\s*\"file\": \"([^\"]*)\",\\s*\"line\": (\\d+),\\s*\"column\": (\\d+),\\s*"
                    + "\"severity\": \"(\\w+)\",\\s*\"code\": \"([^\"]*)\",\\s*\"message\": \"((?:[^\"\\\\]|\\\\.)*)\"").matcher(problems);
            assertTrue(first1.find(), problems);
            assertEquals("tei/wilson-112037.xml", first1.group(1));
            assertEquals(line, Integer.parseInt(first1.group(2)), problems);
            assertEquals(column, Integer.parseInt(first1.group(3)), problems);
            assertEquals("error", first1.group(4));
            assertEquals("rng", first1.group(5));
            assertTrue(first1.group(6).contains("\\\"bogus\\\""), first1.group(6));
            Serve.Build last = builds.get(builds.size() - 1);
            assertFalse(last.ok());
            assertTrue(get("index.html").body().contains("/_editio/live.js"), "the site is still served");
            var kept = get("wilson-112037.html");
            assertEquals(200, kept.statusCode(), "the broken document's last good page is still served");
            assertTrue(kept.body().contains("On 4 February (first edit) I had a meeting with"), "as it was before the bad save");
            assertTrue(problems.contains("kept-last-good"), problems);

            // Fixed: reloaded, no problems left.
            save(original.replace(sentence, "On 4 February (second edit) I had a meeting with"));
            assertEquals("reload", events.next(WAIT).name());
            assertTrue(get("wilson-112037.html").body().contains("(second edit)"));
            assertTrue(get("_editio/problems.json").body().contains("\"problems\": []"));
        } finally {
            save(original);
        }
    }

    @Test
    @Order(6)
    void editorsBackupFilesAreNoChange() {
        assertTrue(Watcher.editorsOwn(".wilson-112037.xml.swp"));
        assertTrue(Watcher.editorsOwn("wilson-112037.xml~"));
        assertTrue(Watcher.editorsOwn("4913"));
        assertFalse(Watcher.editorsOwn("wilson-112037.xml"));
    }

    @Test
    @Order(99)
    void closeLetsTheRunningBuildFinishAndStopsServing() throws Exception {
        int before = builds.size();
        save(Files.readString(doc).replace("On 4 February", "On 4 February (last edit)"));
        // Wait until the build has begun (the staging folder exists) or finished, then stop.
        Path staging = project.out().resolve(".editio-staging");
        long deadline = System.nanoTime() + WAIT * 1_000_000_000L;
        while (!Files.exists(staging) && builds.size() == before && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        int port = serve.address().getPort();
        serve.close();
        serve = null;
        assertFalse(Files.exists(staging), "no staging folder is left behind");
        assertTrue(Files.isRegularFile(project.out().resolve("site/wilson-112037.html")));
        assertTrue(Files.readString(project.out().resolve("site/wilson-112037.html")).contains("(last edit)"),
                "the running build finished and was published whole");
        assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close());
    }

    private void save(String text) throws IOException {
        Path temporary = doc.resolveSibling(".wilson-112037.xml.tmp");
        Files.writeString(temporary, text);
        Files.move(temporary, doc, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
