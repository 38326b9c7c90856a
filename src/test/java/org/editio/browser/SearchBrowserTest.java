package org.editio.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The sample's search page (Pagefind, static files only) in real Chromium: a linked query finds the telegram. */
class SearchBrowserTest {
    static final By RESULT = By.cssSelector("main a[href*='wilson-112037.html']");
    private static SiteServer server;
    private static Chrome chrome;

    @BeforeAll
    static void start() throws IOException {
        server = SiteServer.serve(Builds.sample());
        chrome = Chrome.start();
    }

    @AfterAll
    static void stop() {
        Chrome.closeBoth(chrome, server);
    }

    @AfterEach
    void noConsoleErrors() {
        chrome.assertNoConsoleErrors();
    }

    @Test
    void theSiteHasASearchPageAndAnIndex() {
        assertTrue(Files.isRegularFile(Builds.sample().resolve("search.html")), "no search.html");
        assertTrue(Files.isRegularFile(Builds.sample().resolve("pagefind/pagefind.js")), "no Pagefind index (pagefind/pagefind.js)");
    }

    @Test
    void searchingMolotovFindsTheTelegram() {
        chrome.viewport(Chrome.WIDE, 1000);
        chrome.open(server.url("search.html?q=Molotov"));
        WebElement hit = waitForResult(10);
        assertTrue(hit.isDisplayed(), "the result link is not shown");
        WebElement box = chrome.driver().findElement(By.cssSelector("input[type='search'], input[name='q']"));
        assertEquals("Molotov", box.getDomProperty("value"), "the query from the URL is not in the search box");
        chrome.screenshot("search-molotov-wide");
        chrome.viewport(Chrome.NARROW, 900);
        chrome.open(server.url("search.html?q=Molotov"));
        waitForResult(10);
        chrome.screenshot("search-molotov-narrow");
        chrome.viewport(Chrome.WIDE, 1000);
        hit = waitForResult(10);
        hit.click();
        new WebDriverWait(chrome.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("wilson-112037.html"));
    }

    @Test
    void aPersonFilterInTheUrlStillFindsTheTelegram() {
        chrome.open(server.url("search.html?q=Molotov&person=Stalin"));
        waitForResult(10);
    }

    @Test
    void aWordNotInTheEditionFindsNothing() {
        chrome.open(server.url("search.html?q=Xylophonequartz"));
        try {
            waitForResult(3);
        } catch (AssertionError expected) {
            List<WebElement> hits = chrome.driver().findElements(RESULT);
            assertFalse(hits.stream().anyMatch(WebElement::isDisplayed), "a nonsense query lists the telegram");
            return;
        }
        throw new AssertionError("a nonsense query lists the telegram");
    }

    /**
     * What the page says about a margin note (its hand and place, "Stands beside points 1, 2 and 3", "Stalin in
     * the register") is the page's, not the telegram's: it is not indexed, so no excerpt shows it (the excerpt
     * for "Molotov" read "… give an answer today. Stalin in the register. Ciphered Telegram …").
     */
    @Test
    void theExcerptShowsNoWordsThePageSaysAboutAMarginNote() {
        chrome.open(server.url("search.html?q=Molotov"));
        waitForResult(10);
        String excerpt = chrome.driver().findElement(By.cssSelector("#result-list .result-excerpt")).getText();
        assertTrue(excerpt.contains("Molotov"), excerpt);
        for (String said : List.of("in the register", "Stands beside", "in the margin", "at the top")) {
            assertFalse(excerpt.contains(said), said + " in " + excerpt);
        }
    }

    private static WebElement waitForResult(int seconds) {
        try {
            return new WebDriverWait(chrome.driver(), Duration.ofSeconds(seconds))
                    .until(ExpectedConditions.visibilityOfElementLocated(RESULT));
        } catch (TimeoutException e) {
            throw new AssertionError("no result link to wilson-112037.html within " + seconds + " s on "
                    + chrome.driver().getCurrentUrl() + "; the page's main says: "
                    + chrome.js("const m = document.querySelector('main'); return m ? m.innerText.slice(0, 400) : '(no main)';"), e);
        }
    }
}
