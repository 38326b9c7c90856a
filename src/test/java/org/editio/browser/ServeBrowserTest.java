package org.editio.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.editio.TestFiles;
import org.editio.pipeline.Options;
import org.editio.project.Project;
import org.editio.serve.Serve;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code editio serve} in Chromium: the open page shows the problems of a bad save in an overlay (an
 * alert, with a keyboard-reachable Dismiss button, and no console errors: the page's policy lets the
 * injected script connect), stays as it was, and reloads with the new text once the source is fixed. The
 * screenshot of the overlay goes to target/screenshots/serve-overlay.png.
 */
class ServeBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(180);

    @TempDir
    Path tmp;

    @Test
    void showsTheProblemsAndReloadsAfterTheFix() throws Exception {
        Path tei = Files.createDirectories(tmp.resolve("project/tei"));
        Path doc = tei.resolve("wilson-112037.xml");
        Files.copy(TestFiles.existing(TestFiles.SAMPLE), doc);
        Files.copy(TestFiles.existing(TestFiles.REGISTER), tei.resolve("register.xml"));
        String original = Files.readString(doc);
        String opener = "<p xml:id=\"p-intro\">";
        assertTrue(original.contains(opener));

        try (Serve serve = Serve.start(Project.at(tmp.resolve("project"), null, null), new Options(false, true, false), 0, b -> { });
                Chrome chrome = Chrome.start()) {
            chrome.open(serve.address().resolve("wilson-112037.html").toString());
            WebDriverWait wait = new WebDriverWait(chrome.driver(), WAIT);
            // The script is running once its stylesheet is in the head.
            wait.until(d -> chrome.js("return !!document.querySelector('link[href=\"/_editio/live.css\"]');"));
            chrome.js("window.editioTestMark = 'before';");

            String bad = original.replace(opener, opener + "<bogus/>");
            save(doc, bad);
            WebElement overlay = wait.until(d -> d.findElements(By.id("editio-live")).stream().findFirst().orElse(null));
            int offset = bad.indexOf("<bogus/>");
            long line = bad.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
            int column = offset - bad.lastIndexOf('\n', offset - 1);
            String text = overlay.getText();
            assertTrue(text.contains("tei/wilson-112037.xml:" + line + ":" + column + ": error: element \"bogus\" not allowed"), text);
            assertTrue(text.contains("[rng]"), text);
            assertEquals("alert", overlay.getAttribute("role"));
            assertEquals("before", chrome.js("return window.editioTestMark;"), "a bad build does not reload the page");
            chrome.screenshot("serve-overlay");
            List<String> mine = chrome.axeViolations().stream().filter(v -> v.contains("editio-live")).toList();
            assertEquals(List.of(), mine, "axe-core (WCAG 2.2 AA) on the overlay");

            // The Dismiss button is reached from the keyboard; Escape in the overlay closes it too.
            WebElement dismiss = overlay.findElement(By.tagName("button"));
            assertEquals("Dismiss", dismiss.getText());
            dismiss.sendKeys("");
            assertEquals(dismiss, chrome.driver().switchTo().activeElement());
            new Actions(chrome.driver()).sendKeys(Keys.ESCAPE).perform();
            assertTrue(chrome.driver().findElements(By.id("editio-live")).isEmpty(), "Escape dismissed the overlay");

            save(doc, original.replace("On 4 February", "On 4 February (fixed)"));
            wait.until(d -> chrome.js("return window.editioTestMark === undefined && document.readyState === 'complete';"));
            chrome.settle();
            assertTrue(chrome.driver().findElement(By.tagName("main")).getText().contains("On 4 February (fixed)"));
            wait.until(d -> chrome.js("return !!document.querySelector('link[href=\"/_editio/live.css\"]');"));
            assertTrue(chrome.driver().findElements(By.id("editio-live")).isEmpty(), "no overlay once fixed");
            chrome.assertNoConsoleErrors();
        }
    }

    private static void save(Path doc, String text) throws IOException {
        Path temporary = doc.resolveSibling(".wilson-112037.xml.tmp");
        Files.writeString(temporary, text);
        Files.move(temporary, doc, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
