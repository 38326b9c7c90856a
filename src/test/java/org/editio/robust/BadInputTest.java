package org.editio.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.editio.TestFiles;
import org.editio.robust.BadInputCases.Case;
import org.editio.robust.BadInputCases.Expected;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input (issue 6), through the real command line: every case of src/test/resources/bad-input/cases.xml
 * is put into tei/ beside a copy of the sample and built with {@code editio build}. The cases that exit 1
 * are built together, those that publish cleanly together, and the heavy ones (billion laughs, 20,000-deep
 * nesting, a 50 MB document) in a child JVM with a 512 MB heap. Each case gets its located problems with
 * stable codes; the sample is published by every build; no stack trace reaches the user; a secret file that
 * cases point to by entity, XInclude and pointer appears nowhere; a loopback server that cases point to by
 * DTD and entity is never contacted; hostile URLs are no links in the HTML or the PDF; markup-like text
 * stays text; odd file names publish under safe names.
 */
class BadInputTest {
    private static final String SAMPLE_ID = "wilson-112037";
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.\\-]*):");

    @TempDir
    static Path dir;
    private static ServerSocket server;
    private static String secret;
    private static final Map<String, Build> BUILDS = new LinkedHashMap<>();

    /** One project built: where, and what the command line said. */
    record Build(Path project, Path out, CliRun run) {
        Path site(String relative) {
            return out.resolve("site").resolve(relative);
        }
    }

    @BeforeAll
    static void buildEveryGroup() throws Exception {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        secret = "editio-secret-" + UUID.randomUUID();
        Path secretFile = dir.resolve("secret.txt"); // ../../secret.txt from every tei/ folder
        Files.writeString(secretFile, secret + "\n");
        Map<String, String> values = Map.of("secret", secretFile.toUri().toString(),
                "http", "http://127.0.0.1:" + server.getLocalPort());
        Map<String, List<Case>> groups = new LinkedHashMap<>();
        for (Case c : BadInputCases.all()) {
            groups.computeIfAbsent(group(c), k -> new ArrayList<>()).add(c);
        }
        for (Map.Entry<String, List<Case>> g : groups.entrySet()) {
            Path project = dir.resolve(g.getKey());
            Path tei = Files.createDirectories(project.resolve("tei"));
            Files.copy(TestFiles.SAMPLE, tei.resolve(SAMPLE_ID + ".xml"));
            Files.copy(TestFiles.REGISTER, tei.resolve("register.xml"));
            for (Case c : g.getValue()) {
                BadInputCases.write(c, tei, values);
            }
            Path out = dir.resolve(g.getKey() + "-out");
            String[] args = {"build", project.toString(), "--out", out.toString()};
            CliRun run = g.getKey().equals("heavy") ? CliRun.childJvm(Files.createDirectories(dir.resolve("logs")), 10, args)
                    : CliRun.inProcess(args);
            BUILDS.put(g.getKey(), new Build(project, out, run));
        }
    }

    @AfterAll
    static void closeServer() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    private static String group(Case c) {
        return c.heavy() ? "heavy" : c.exit() == 0 ? "clean" : "problems";
    }

    static List<Case> cases() {
        return BadInputCases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachCaseGetsItsLocatedProblemsOrPublishes(Case c) {
        Build b = BUILDS.get(group(c));
        assertEquals(c.exit(), b.run().exit(), "exit code of the build holding " + c.name() + ":\n" + b.run());
        List<CliRun.Reported> reported = b.run().problemsOf(c.name());
        Set<String> codes = new TreeSet<>();
        reported.forEach(p -> codes.add(p.code()));
        Set<String> expectedCodes = new TreeSet<>();
        c.problems().forEach(p -> expectedCodes.add(p.code()));
        assertEquals(expectedCodes, codes, c.name() + " reported " + reported);
        assertTrue(reported.stream().allMatch(p -> p.message().length() < 1000), c.name() + ": a message too long to read");
        for (Expected e : c.problems()) {
            if (e.line() > 0) {
                assertTrue(reported.stream().anyMatch(p -> p.code().equals(e.code()) && p.line() == e.line()
                        && (e.column() == 0 || p.column() == e.column())),
                        c.name() + ": no " + e.code() + " at " + e.line() + ":" + e.column() + " in " + reported);
            }
        }
        if (c.exit() == 0) {
            assertTrue(reported.stream().noneMatch(p -> p.severity().equals("error")), c.name() + ": " + reported);
            assertTrue(Files.isRegularFile(b.site(c.page() + ".html")), c.name() + " was not published as " + c.page() + ".html");
            assertTrue(Files.isRegularFile(b.out().resolve("pdf/" + c.page() + ".pdf")), c.name() + " has no PDF " + c.page() + ".pdf");
        } else {
            assertTrue(reported.stream().anyMatch(p -> p.severity().equals("error")), c.name() + ": no error in " + reported);
        }
    }

    @Test
    void theValidDocumentIsPublishedByEveryBuild() {
        assertEquals(Set.of("problems", "clean", "heavy"), BUILDS.keySet());
        BUILDS.forEach((group, b) -> {
            assertTrue(Files.isRegularFile(b.site(SAMPLE_ID + ".html")), group + ": no page for the sample\n" + b.run());
            assertTrue(Files.isRegularFile(b.out().resolve("pdf/" + SAMPLE_ID + ".pdf")), group + ": no PDF for the sample\n" + b.run());
            assertTrue(b.run().problemsOf(SAMPLE_ID + ".xml").isEmpty(), group + ": the sample has problems");
        });
    }

    @Test
    void noStackTraceReachesTheUser() {
        BUILDS.forEach((group, b) -> {
            String all = b.run().out() + b.run().err();
            for (String sign : List.of("Exception", "\tat ", "at org.", "at java.", "Error:", "internal error")) {
                assertFalse(all.contains(sign), group + ": \"" + sign + "\" in the output\n" + b.run());
            }
        });
    }

    @Test
    void theHeavyBuildStaysInItsHeap() {
        CliRun heavy = BUILDS.get("heavy").run();
        assertFalse((heavy.out() + heavy.err()).contains("OutOfMemoryError"), heavy.toString());
    }

    @Test
    void noSecretLeaksIntoTheOutputOrTheMessages() throws IOException {
        for (Build b : BUILDS.values()) {
            assertTrue(Files.isDirectory(b.out().resolve("site")), "nothing was built\n" + b.run());
            assertEquals(List.of(), OutputText.filesContaining(b.out(), secret), "files holding the secret");
            assertFalse(b.run().out().contains(secret) || b.run().err().contains(secret), "the secret is in the messages");
        }
    }

    @Test
    void noNetworkRequestIsMade() throws IOException {
        server.setSoTimeout(300);
        try {
            server.accept().close();
            throw new AssertionError("a build connected to the loopback server named in the DTD and entity cases");
        } catch (SocketTimeoutException expected) {
            // nobody connected
        }
    }

    @Test
    void hostileUrlsAreNoLinksInTheHtml() throws IOException {
        Document page = Jsoup.parse(BUILDS.get("clean").site("hostile-urls.html").toFile(), "UTF-8");
        List<String> bad = new ArrayList<>();
        for (Element e : page.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                if (Set.of("href", "src", "action", "formaction", "poster", "data", "cite", "srcset").contains(name)
                        && !LINK_SCHEMES.contains(scheme(a.getValue())) && !scheme(a.getValue()).isEmpty()) {
                    bad.add("<" + e.tagName() + " " + a.getKey() + "=\"" + a.getValue() + "\">");
                }
                if (name.startsWith("on")) {
                    bad.add("<" + e.tagName() + " " + a.getKey() + ">");
                }
            }
        }
        assertEquals(List.of(), bad);
        assertFalse(page.select("a[href=https://example.org/ok]").isEmpty(), "the allowed link is lost");
        assertTrue(page.text().contains("plain"), "the text of a refused link is lost");
    }

    @Test
    void hostileUrlsAreNoLinksInThePdf() throws IOException {
        List<String> uris = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(BUILDS.get("clean").out().resolve("pdf/hostile-urls.pdf").toFile())) {
            for (PDPage p : pdf.getPages()) {
                for (PDAnnotation a : p.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        uris.add(uri.getURI());
                    }
                }
            }
        }
        assertTrue(uris.contains("https://example.org/ok"), "the allowed link is lost: " + uris);
        assertEquals(List.of(), uris.stream().filter(u -> !LINK_SCHEMES.contains(scheme(u))).toList(), "PDF links");
    }

    @Test
    void markupLikeTextStaysText() throws IOException {
        Build b = BUILDS.get("clean");
        Document page = Jsoup.parse(b.site("markup-text.html").toFile(), "UTF-8");
        String text = page.body().text();
        for (String literal : List.of("<script>alert(1)</script>", "<img src=x onerror=alert(2)>", "&lt;b&gt;",
                "<![CDATA[x]]>", "<b>cdata</b>")) {
            assertTrue(text.contains(literal), "not shown as written: " + literal + " in " + text);
        }
        assertTrue(page.title().contains("<script>alert(\"title\")</script>"), page.title());
        assertTrue(page.select("img[src=x], b:containsOwn(cdata)").isEmpty(), "TEI text became elements");
        for (Element s : page.select("script")) {
            assertFalse(s.data().contains("alert") && !s.attr("type").endsWith("json"), s.outerHtml());
            assertFalse(s.data().toLowerCase(Locale.ROOT).contains("</script"), s.outerHtml());
        }
        String pdf = OutputText.pdfText(b.out().resolve("pdf/markup-text.pdf"));
        assertTrue(pdf.contains("<script>alert(1)</script>"), "the PDF does not show the text as written: " + pdf);
    }

    @Test
    void oddFileNamesPublishUnderSafeNamesWithWorkingLinks() throws IOException {
        Build b = BUILDS.get("clean");
        // The published build, through the output's links (site/ and pdf/ point into .editio/current).
        Path published = b.out().resolve(".editio/current").toRealPath();
        try (Stream<Path> files = Files.walk(published)) {
            List<String> unsafe = files.filter(Files::isRegularFile).map(f -> published.relativize(f).toString())
                    .filter(f -> !f.startsWith("site/tei/") && !f.matches("\\.editio-(build|complete)|build\\.xml"))
                    .filter(f -> !f.matches("[A-Za-z0-9._/-]*") || f.matches("(.*/)?[-.].*")).toList();
            assertEquals(List.of(), unsafe, "output names outside the safe alphabet");
        }
        for (String[] named : new String[][] {{"with-space", "with space.xml"}, {"Unic_de-__", "Ünïcødé ёж.xml"}, {"dash-rf", "-rf.xml"}}) {
            Document page = Jsoup.parse(b.site(named[0] + ".html").toFile(), "UTF-8");
            Element link = page.selectFirst("a[href^=tei/]");
            assertTrue(link != null, named[0] + ".html has no link to its TEI source");
            String href = link.attr("href");
            assertTrue(href.matches("[A-Za-z0-9._/%-]+"), "not a valid URL: " + href);
            Path target = b.site(java.net.URLDecoder.decode(href.replace("+", "%2B"), StandardCharsets.UTF_8));
            assertTrue(Files.isRegularFile(target), href + " does not lead to " + named[1]);
            assertEquals(named[1], target.getFileName().toString());
        }
    }

    @Test
    void aLeadingDashPathIsAPathAfterDoubleDash() throws Exception {
        Path tei = BUILDS.get("clean").project().resolve("tei");
        Path logs = Files.createDirectories(dir.resolve("dash-logs"));
        CliRun withDash = childJvmIn(tei, logs, "validate", "--", "-rf.xml", "register.xml");
        assertEquals(0, withDash.exit(), withDash.toString());
        assertTrue(withDash.err().contains("2 document(s) validated, 0 error(s)"), withDash.toString());
        CliRun without = childJvmIn(tei, logs, "validate", "-rf.xml");
        assertEquals(2, without.exit(), "without --, -rf.xml is read as options: " + without);
        assertTrue(without.err().contains("Usage: editio validate"), without.toString());
        assertFalse(without.err().contains("\tat "), without.toString());
    }

    /** The command line in a child JVM whose working folder is {@code cwd} (paths relative to it). */
    private static CliRun childJvmIn(Path cwd, Path logs, String... args) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                "org.editio.cli.Editio"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(cwd.toFile())
                .redirectOutput(logs.resolve("out.txt").toFile()).redirectError(logs.resolve("err.txt").toFile()).start();
        assertTrue(p.waitFor(3, TimeUnit.MINUTES), "validate did not end");
        return new CliRun(p.exitValue(), Files.readString(logs.resolve("out.txt")), Files.readString(logs.resolve("err.txt")));
    }

    /** The scheme a browser sees: controls and spaces at the ends and tabs/newlines inside are dropped. */
    private static String scheme(String value) {
        String v = value.replaceAll("^[\\u0000-\\u0020]+|[\\u0000-\\u0020]+$", "").replaceAll("[\\t\\n\\r]", "")
                .toLowerCase(Locale.ROOT);
        Matcher m = SCHEME.matcher(v);
        return m.find() ? m.group(1) : "";
    }
}
