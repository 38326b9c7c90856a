package org.editio.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** WCAG 2.2 AA by axe-core (no violations of the wcag2a … wcag22aa rules) on the site's kinds of page, in Chromium. */
class AccessibilityTest {
    private static SiteServer sample;
    private static SiteServer features;
    private static SiteServer volume;
    private static Chrome chrome;

    @BeforeAll
    static void start() throws IOException {
        assertTrue(Files.isRegularFile(Chrome.AXE), "axe-core is missing at " + Chrome.AXE
                + ": run `mvn -q -DskipTests package` once (the npm-tools profile installs it)");
        sample = SiteServer.serve(Builds.sample());
        chrome = Chrome.start();
        // guidelines.html has thousands of nodes: on a busy machine axe needs more than the driver's 30 s.
        chrome.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(180));
    }

    @AfterAll
    static void stop() {
        if (chrome != null) {
            chrome.close();
        }
        for (SiteServer s : new SiteServer[] {sample, features, volume}) {
            if (s != null) {
                s.close();
            }
        }
    }

    @AfterEach
    void noConsoleErrors() {
        chrome.viewport(Chrome.WIDE, 1000);
        chrome.assertNoConsoleErrors();
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "wilson-112037.html", "register.html", "search.html?q=Molotov", "guidelines.html"})
    void sampleSitePageHasNoAxeViolations(String page) throws IOException {
        assertTrue(Files.isRegularFile(Builds.sample().resolve(page.replaceFirst("\\?.*", ""))), "the site has no " + page);
        chrome.viewport(Chrome.WIDE, 1000);
        chrome.open(sample.url(page));
        if (page.startsWith("search.html")) {
            try { // check the page with its results, when they come
                new WebDriverWait(chrome.driver(), Duration.ofSeconds(10))
                        .until(ExpectedConditions.visibilityOfElementLocated(SearchBrowserTest.RESULT));
            } catch (TimeoutException e) {
                // SearchBrowserTest reports missing results; here the page is checked as it is
            }
        }
        assertNoViolations(page);
    }

    @Test
    void aRegisterEntryPageHasNoAxeViolations() throws IOException {
        Path entry = Builds.sample().resolve("register/stalin.html");
        assertTrue(Files.isRegularFile(entry), "no register entry page register/stalin.html");
        chrome.open(sample.url("register/stalin.html"));
        assertNoViolations("register/stalin.html");
    }

    @Test
    void theDocumentPageOnANarrowScreenHasNoAxeViolations() throws IOException {
        chrome.viewport(Chrome.NARROW, 900);
        chrome.open(sample.url("wilson-112037.html"));
        assertNoViolations("wilson-112037.html at 420px");
    }

    @Test
    void theFeaturePageHasNoAxeViolationsInEitherView() throws IOException {
        synchronized (AccessibilityTest.class) {
            if (features == null) {
                features = SiteServer.serve(Builds.features().site());
            }
        }
        chrome.open(features.url("features.html"));
        assertNoViolations("features.html");
        Object switched = chrome.js("const b = [...document.querySelectorAll('button, [role=radio], input, label')]"
                + ".find(e => /diplomatic/i.test(e.textContent + ' ' + (e.getAttribute('aria-label') || '') + ' ' + (e.value || '')));"
                + "if (b) { b.click(); } return !!b;");
        assertTrue((Boolean) switched, "no diplomatic view control on features.html");
        chrome.settle();
        assertNoViolations("features.html, diplomatic view");
        chrome.js("localStorage.clear();");
    }

    /** A volume's contents page, a page of its front matter and a document's page (with its trail and a labelled list). */
    @ParameterizedTest
    @ValueSource(strings = {"frus1952-54Guat.html", "frus1952-54Guat--persons.html", "frus1952-54Guat--d2.html"})
    void aVolumesPagesHaveNoAxeViolations(String page) throws IOException {
        synchronized (AccessibilityTest.class) {
            if (volume == null) {
                volume = SiteServer.serve(Builds.volume().site());
            }
        }
        assertTrue(Files.isRegularFile(Builds.volume().site().resolve(page)), "the volume's site has no " + page);
        chrome.viewport(Chrome.WIDE, 1000);
        chrome.open(volume.url(page));
        assertNoViolations(page);
    }

    private static void assertNoViolations(String page) throws IOException {
        List<String> violations = chrome.axeViolations();
        assertTrue(violations.isEmpty(), page + ": " + violations.size() + " axe-core violation(s):\n  "
                + String.join("\n  ", violations));
    }
}
