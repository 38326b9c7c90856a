package org.editio.browser;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.editio.TestFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search finds German and Russian words as well as English: an edition of the telegram, a German letter of
 * the Schnitzler correspondence and a copy of the telegram with a Russian sentence, searched in Chromium.
 */
class MultilingualSearchBrowserTest {
    private static final Path LETTER = TestFiles.SHARED.resolve("corpus/schnitzler/letters/L00001.xml");
    private static SiteServer server;
    private static Chrome chrome;
    private static String germanWord;

    @BeforeAll
    static void start() throws IOException {
        Path dir = Files.createTempDirectory("editio-multilingual");
        Path russian = dir.resolve("russian.xml");
        Files.writeString(russian, Files.readString(TestFiles.SAMPLE)
                .replace("xml:id=\"wilson-112037\"", "xml:id=\"russian\"")
                .replace("in this telegram.</p>", "in this telegram. Прошу указаний.</p>"));
        germanWord = umlautWord(Files.readString(TestFiles.existing(LETTER)));
        Builds.Built built = Builds.project(List.of(TestFiles.SAMPLE, TestFiles.REGISTER, russian, LETTER), Builds.LENIENT_HTML);
        server = SiteServer.serve(built.site());
        chrome = Chrome.start();
    }

    @AfterAll
    static void stop() {
        Chrome.closeBoth(chrome, server);
    }

    @Test
    void findsAGermanWordWithUmlauts() {
        assertNotNull(germanWord);
        find(germanWord, "L00001.html");
    }

    @Test
    void findsARussianWord() {
        find("указаний", "russian.html");
    }

    @Test
    void findsAnEnglishName() {
        find("Molotov", "wilson-112037.html");
    }

    private static void find(String word, String page) {
        chrome.open(server.url("search.html?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8)));
        new WebDriverWait(chrome.driver(), Duration.ofSeconds(15)).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("main a[href*='" + page + "']")));
        assertTrue(chrome.driver().findElement(By.cssSelector("main a[href*='" + page + "']")).isDisplayed());
    }

    /** A word of six or more letters with an umlaut or ß from the letter's body. */
    private static String umlautWord(String tei) {
        String body = tei.substring(tei.indexOf("<body"));
        body = body.replaceAll("<[^>]+>", " ");
        Matcher m = Pattern.compile("\\b[\\p{L}]*[äöüß][\\p{L}]*\\b").matcher(body);
        while (m.find()) {
            if (m.group().length() >= 6) {
                return m.group();
            }
        }
        return null;
    }
}
