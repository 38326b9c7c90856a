package org.editio.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample's encoding guidelines (guidelines.html) in Chromium: contents beside the entries on a wide
 * screen, one column without sideways scrolling on a narrow one, and a contents link that brings its
 * entry to the top. Screenshots: target/screenshots/guidelines-{wide,narrow}.png.
 */
class GuidelinesBrowserTest {
    private static final String PAGE = "guidelines.html";
    private static SiteServer server;
    private static Chrome chrome;

    @BeforeAll
    static void start() throws IOException {
        assertTrue(Files.isRegularFile(Builds.sample().resolve(PAGE)), "the sample site has no " + PAGE);
        server = SiteServer.serve(Builds.sample());
        chrome = Chrome.start();
    }

    @AfterAll
    static void stop() {
        Chrome.closeBoth(chrome, server);
    }

    @AfterEach
    void noConsoleErrors() {
        chrome.viewport(Chrome.WIDE, 1000);
        chrome.assertNoConsoleErrors();
    }

    /** [left, top, right, bottom] of the first element matching a selector, in page coordinates. */
    private static double[] box(String selector) {
        Object r = chrome.js("const e = document.querySelector(arguments[0]); if (!e) { return null; }"
                + "const b = e.getBoundingClientRect();"
                + "return [b.left + scrollX, b.top + scrollY, b.right + scrollX, b.bottom + scrollY];", selector);
        assertTrue(r != null, "no " + selector + " on " + PAGE);
        return ((java.util.List<?>) r).stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
    }

    @Test
    void onAWideScreenTheContentsStandBesideTheEntries() {
        chrome.viewport(Chrome.WIDE, 1000);
        chrome.open(server.url(PAGE));
        chrome.screenshot("guidelines-wide");
        double[] toc = box(".guidelines-toc");
        double[] body = box(".guidelines-body");
        assertTrue(toc[2] <= body[0], "the contents overlap the entries: " + toc[2] + " > " + body[0]);
        assertTrue(body[1] < toc[3], "the entries are not beside the contents but below them");
    }

    @Test
    void onANarrowScreenThePageIsOneColumnWithoutSidewaysScrolling() {
        chrome.viewport(Chrome.NARROW, 900);
        chrome.open(server.url(PAGE));
        chrome.screenshot("guidelines-narrow");
        long overflow = ((Number) chrome.js("return document.documentElement.scrollWidth - window.innerWidth;")).longValue();
        assertTrue(overflow <= 0, "the page is " + overflow + " px wider than a " + Chrome.NARROW + " px screen");
        double[] toc = box(".guidelines-toc");
        double[] first = box(".guidelines-body .element-entry");
        assertTrue(toc[3] <= first[1], "the contents are not above the entries");
        Object wideExamples = chrome.js("return [...document.querySelectorAll('pre.xml-example')]"
                + ".filter(p => p.scrollWidth > p.clientWidth + 1).length;");
        assertEquals(0L, ((Number) wideExamples).longValue(), "examples that scroll sideways on a narrow screen");
    }

    @Test
    void aContentsLinkBringsItsEntryToTheTop() {
        chrome.viewport(Chrome.WIDE, 1000);
        chrome.open(server.url(PAGE));
        chrome.js("document.querySelector('.guidelines-toc a[href=\"#el-persName\"]').click();");
        chrome.settle();
        double top = ((Number) chrome.js("return document.getElementById('el-persName').getBoundingClientRect().top;")).doubleValue();
        assertTrue(top >= 0 && top < 100, "#el-persName is " + top + " px from the top after following its contents link");
    }
}
