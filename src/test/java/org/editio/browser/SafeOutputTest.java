package org.editio.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.editio.TestFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.NoAlertPresentException;

/**
 * Safe output (issue 3): every URL that comes from TEI passes one allow-list (http, https, mailto,
 * relative; never javascript: or data: in any spelling), no disable-output-escaping, and text that looks
 * like markup stays text, both in the served file and in the DOM Chromium builds from it.
 */
class SafeOutputTest {
    private static final Path SOURCE = Builds.BROWSER_CASES.resolve("unsafe.xml");
    private static final Set<String> ALLOWED = Set.of("http", "https", "mailto");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "poster", "data",
            "cite", "background", "ping", "manifest", "xlink:href", "longdesc", "usemap", "codebase", "archive");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.\\-]*):");
    private static Builds.Built built;
    private static Document page;

    @BeforeAll
    static void build() throws IOException {
        built = Builds.project(List.of(SOURCE), Builds.LENIENT_HTML);
        Path file = built.site().resolve("unsafe.html");
        assertTrue(Files.isRegularFile(file), "unsafe.xml was not published: " + built.report().problems());
        page = Jsoup.parse(file.toFile(), "UTF-8");
    }

    /** The scheme a browser sees in a URL attribute: WHATWG URL parsing strips C0 controls and spaces at the ends and tabs/newlines inside. */
    static String scheme(String value) {
        String v = value.replaceAll("^[\\u0000-\\u0020]+|[\\u0000-\\u0020]+$", "").replaceAll("[\\t\\n\\r]", "")
                .toLowerCase(Locale.ROOT);
        Matcher m = SCHEME.matcher(v);
        return m.find() ? m.group(1) : "";
    }

    @Test
    void everyUrlInThePageIsHttpHttpsMailtoOrRelative() {
        List<String> bad = new ArrayList<>();
        for (Element e : page.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                List<String> values = new ArrayList<>();
                if (URL_ATTRIBUTES.contains(name)) {
                    values.add(a.getValue());
                } else if (name.equals("srcset") || name.equals("imagesrcset")) {
                    for (String candidate : a.getValue().split(",")) {
                        values.add(candidate.strip().split("\\s+")[0]);
                    }
                } else if (name.equals("content") && e.attr("http-equiv").equalsIgnoreCase("refresh")) {
                    values.add(a.getValue().replaceFirst("(?i)^.*?url\\s*=\\s*", ""));
                }
                for (String v : values) {
                    String s = scheme(v);
                    if (!s.isEmpty() && !ALLOWED.contains(s)) {
                        bad.add("<" + e.tagName() + " " + a.getKey() + "=\"" + v + "\">");
                    }
                }
            }
        }
        assertEquals(List.of(), bad, "URLs outside the allow-list in unsafe.html");
        // the allowed ones are still links
        for (String ok : List.of("https://example.org/ok", "http://example.org/ok", "mailto:editor@example.org")) {
            assertFalse(page.select("a[href=\"" + ok + "\"]").isEmpty(), "the allowed link " + ok + " is lost");
        }
    }

    @Test
    void noEventHandlerOrInjectedAttribute() {
        List<String> bad = new ArrayList<>();
        for (Element e : page.getAllElements()) {
            for (Attribute a : e.attributes()) {
                if (a.getKey().toLowerCase(Locale.ROOT).startsWith("on")) {
                    bad.add("<" + e.tagName() + " " + a.getKey() + "=\"" + a.getValue() + "\">");
                }
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void textThatLooksLikeMarkupStaysText() {
        String text = page.body().text();
        assertTrue(text.contains("<script>alert(1)</script>"), "the markup-like text is not shown literally: " + text);
        assertTrue(text.contains("<img src=x onerror=alert(2)>"), "the markup-like text is not shown literally");
        assertTrue(text.contains("&lt;b&gt;"), "an escaped entity in the TEI is not shown as written");
        assertTrue(page.title().contains("<script>alert(\"title\")</script>"), "the title is not literal: " + page.title());
        for (Element s : page.select("script")) {
            String type = s.attr("type").strip().toLowerCase(Locale.ROOT);
            if (type.endsWith("json")) { // a data block (JSON-LD): may carry TEI text, but must not end the element early
                String data = s.data().toLowerCase(Locale.ROOT);
                assertFalse(data.contains("</script") || data.contains("<!--"), "TEI text breaks out of " + s.outerHtml());
            } else {
                assertFalse(s.data().contains("alert"), "a script element carries TEI text: " + s.outerHtml());
            }
        }
        assertTrue(page.select("img[src=x]").isEmpty(), "TEI text became an img element");
    }

    @Test
    void theStylesheetsNeverDisableOutputEscaping() throws IOException {
        try (Stream<Path> files = Files.walk(TestFiles.REPO.resolve("xslt"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".xsl")).toList()) {
                assertFalse(Files.readString(f).contains("disable-output-escaping"), f + " uses disable-output-escaping");
            }
        }
    }

    @Test
    void inChromiumNoLinkRunsScriptAndTheTextIsShown() throws IOException {
        try (SiteServer server = SiteServer.serve(built.site()); Chrome chrome = Chrome.start()) {
            chrome.open(server.url("unsafe.html"));
            boolean alert;
            try {
                chrome.driver().switchTo().alert();
                alert = true;
            } catch (NoAlertPresentException e) {
                alert = false;
            }
            assertFalse(alert, "the page opened an alert");
            Object bad = chrome.js("""
                    const bad = [];
                    const allowed = ['http:', 'https:', 'mailto:'];
                    for (const e of document.querySelectorAll('[href], [src], [action], [formaction], [poster], [data], [cite]')) {
                      for (const name of ['href', 'src', 'action', 'formaction', 'poster', 'data', 'cite']) {
                        const v = e.getAttribute(name);
                        if (v === null) continue;
                        let u;
                        try { u = new URL(v, document.baseURI); } catch (x) { continue; }
                        if (!allowed.includes(u.protocol)) bad.push(e.tagName + ' ' + name + '=' + v + ' -> ' + u.protocol);
                      }
                    }
                    return bad;
                    """);
            assertEquals(List.of(), bad, "the browser resolves these URLs to schemes outside the allow-list");
            String shown = String.valueOf(chrome.js("return document.body.innerText;"));
            assertTrue(shown.contains("<script>alert(1)</script>"), "the markup-like text is not shown");
            assertEquals(List.of(), chrome.js("return [...document.scripts].filter(s => s.text.includes('alert'))"
                    + ".filter(s => !/json$/i.test(s.type.trim())).map(s => s.outerHTML);"), "executable scripts carry TEI text");
            // a JSON-LD data block keeps the title as text
            Object names = chrome.js("return [...document.querySelectorAll('script[type=\"application/ld+json\"]')]"
                    + ".map(s => { try { return JSON.parse(s.text).name || ''; } catch (e) { return 'unparsable: ' + e; } });");
            for (Object name : (List<?>) names) {
                assertFalse(String.valueOf(name).startsWith("unparsable"), "JSON-LD: " + name);
            }
            chrome.screenshot("unsafe-wide");
            chrome.assertNoConsoleErrors();
        }
    }
}
