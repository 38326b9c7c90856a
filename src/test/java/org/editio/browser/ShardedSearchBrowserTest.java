package org.editio.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.editio.TestFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A large edition's search index comes in several Pagefind bundles, and the search page finds words in all
 * of them: 310 Schnitzler letters (three bundles of about 150), a made-up word put into the text of every 25th letter,
 * searched in Chromium: every one of those letters is found, not only those of the first bundle.
 */
class ShardedSearchBrowserTest {
    private static final int LETTERS = 310;
    private static final String WORD = "Zauberwortxyz";
    private static final Pattern FIRST_P = Pattern.compile("<p(\\s[^>]*)?>");
    private static SiteServer server;
    private static Chrome chrome;
    private static Path site;
    private static int marked;

    @BeforeAll
    static void start() throws IOException {
        Path dir = Files.createTempDirectory("editio-sharded");
        List<Path> letters;
        try (Stream<Path> s = Files.list(TestFiles.SHARED.resolve("corpus/schnitzler/letters"))) {
            letters = s.filter(f -> f.toString().endsWith(".xml")).sorted().limit(LETTERS).toList();
        }
        List<Path> sources = new ArrayList<>();
        for (int i = 0; i < letters.size(); i++) {
            Path copy = dir.resolve(letters.get(i).getFileName());
            String text = Files.readString(letters.get(i), StandardCharsets.UTF_8);
            if (i % 25 == 0) {
                Matcher m = FIRST_P.matcher(text);
                int body = text.indexOf("<body");
                if (body >= 0 && m.find(body)) {
                    text = text.substring(0, m.end()) + WORD + " " + text.substring(m.end());
                    marked++;
                }
            }
            Files.writeString(copy, text, StandardCharsets.UTF_8);
            sources.add(copy);
        }
        Builds.Built built = Builds.project(sources, Builds.LENIENT_HTML);
        site = built.site();
        server = SiteServer.serve(site);
        chrome = Chrome.start();
    }

    @AfterAll
    static void stop() {
        Chrome.closeBoth(chrome, server);
    }

    @Test
    void findsTheWordInEveryBundle() throws IOException {
        assertTrue(marked >= 10, "letters marked: " + marked);
        assertEquals("[\"pagefind-1/\", \"pagefind-2/\"]", Files.readString(site.resolve("pagefind-shards.json")).strip(),
                "three bundles");
        chrome.open(server.url("search.html?q=" + WORD));
        new WebDriverWait(chrome.driver(), Duration.ofSeconds(30)).until(
                d -> d.findElement(By.id("search-status")).getText().contains("result"));
        String status = chrome.driver().findElement(By.id("search-status")).getText();
        assertTrue(status.startsWith(marked + " results"), status + " (" + marked + " letters hold the word)");
    }

    /**
     * Pagefind writes the pages' fragments (title, excerpt, metadata) four to a file, not one file per page:
     * 310 letters in three bundles make at most 78 + 2 fragment files (one per page: 310), and every result
     * shown still has its title and an excerpt with the word, which come from those files.
     */
    @Test
    void fragmentsAreGroupedAndEveryResultShowsItsExcerpt() throws IOException {
        int fragments = 0;
        for (String bundle : List.of("pagefind", "pagefind-1", "pagefind-2")) {
            try (Stream<Path> s = Files.list(site.resolve(bundle).resolve("fragment"))) {
                fragments += (int) s.filter(f -> f.toString().endsWith(".pf_fragment")).count();
            }
        }
        assertTrue(fragments > 0 && fragments <= (LETTERS + 3) / 4 + 2, fragments + " fragment files for " + LETTERS + " pages");
        chrome.open(server.url("search.html?q=" + WORD));
        new WebDriverWait(chrome.driver(), Duration.ofSeconds(30)).until(
                d -> d.findElements(By.cssSelector("#result-list .result-excerpt")).size() >= Math.min(marked, 5));
        List<WebElement> results = chrome.driver().findElements(By.cssSelector("#result-list li.result"));
        assertFalse(results.isEmpty());
        for (WebElement r : results) {
            assertFalse(r.findElement(By.cssSelector(".result-title")).getText().isBlank(), r.getText());
            assertTrue(r.findElement(By.cssSelector(".result-excerpt")).getText().contains(WORD), r.getText());
        }
    }

    /**
     * The page's own words are not the letters' words: the metadata panel's labels ("Licence", "Place"), the
     * licence every letter carries (the Schnitzler letters' German CC BY text, "Lizenzgeber") and the section
     * headings ("About this document", "Text") found every letter, and the headings' words stood again at the
     * start of each passage shown under a result ("Text Text. Herrn …"); the words said to screen readers of an
     * unclear reading ("uncertain reading") found the 65 letters that have one.
     */
    @Test
    void thePagesLabelsAndTheLicenceFindNoLetter() {
        for (String word : List.of("Lizenzgeber", "Licence", "Place", "About", "document", "uncertain")) {
            chrome.open(server.url("search.html?q=" + word));
            new WebDriverWait(chrome.driver(), Duration.ofSeconds(30)).until(
                    d -> d.findElement(By.id("search-status")).getText().contains("result"));
            String status = chrome.driver().findElement(By.id("search-status")).getText();
            assertFalse(status.startsWith(LETTERS + " results"), status);
            // Pagefind may still answer an unknown word with something (a word's initial); never with the word
            for (WebElement excerpt : chrome.driver().findElements(By.cssSelector("#result-list .result-excerpt"))) {
                assertFalse(excerpt.getText().toLowerCase(java.util.Locale.ROOT).contains(word.toLowerCase(java.util.Locale.ROOT)),
                        word + " found in " + excerpt.getText());
            }
        }
        // "Text" is a word of three of these letters: it finds those, not every letter
        chrome.open(server.url("search.html?q=Text"));
        new WebDriverWait(chrome.driver(), Duration.ofSeconds(30)).until(
                d -> d.findElement(By.id("search-status")).getText().contains("result"));
        String status = chrome.driver().findElement(By.id("search-status")).getText();
        assertTrue(status.matches("(No results|[1-9] results?) .*"), status);
    }

    /**
     * A search submitted while the bundles are still being merged (a slow connection: 200 ms each way, as
     * Chromium emulates it) finds each letter once: the page loaded Pagefind a second time for it and merged
     * every bundle twice, so each letter was listed twice (seen on the 4,420 letters: "421 results" for 221).
     */
    @Test
    void aSearchSubmittedWhileTheBundlesLoadListsEachLetterOnce() {
        WebDriver d = chrome.driver();
        chrome.slowNetwork(true);
        try {
            d.get(server.url("search.html"));
            // at once, as the page's load event comes before the bundles are in
            chrome.js("document.getElementById('search-q').value = arguments[0];"
                    + "document.getElementById('search-form').requestSubmit();", WORD);
            new WebDriverWait(d, Duration.ofSeconds(60)).until(x -> x.findElement(By.id("search-status")).getText().contains("result"));
            String status = d.findElement(By.id("search-status")).getText();
            assertTrue(status.startsWith(marked + " results"), status + " (" + marked + " letters hold the word)");
            List<String> titles = d.findElements(By.cssSelector("#result-list .result-title")).stream().map(WebElement::getText).toList();
            assertEquals(titles.size(), Set.copyOf(titles).size(), "a letter listed twice: " + titles);
        } finally {
            chrome.slowNetwork(false);
        }
    }
}
