package org.editio.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The document page's features in real Chromium, on site-cases/features.xml: the diplomatic/normalised
 * switch (what is visible, remembered across reloads, usable from the keyboard, a coherent text without
 * JavaScript) and the side notes of a note with two targets.
 */
class FeaturesPageBrowserTest {
    private static final String PAGE = "features.html";
    /** Choices in the paragraph #p-meeting: the diplomatic reading and the normalised one. */
    private static final List<String[]> READINGS = List.of(
            new String[] {"Kim Ir Sen", "Kim Il Sung"},
            new String[] {"recieved", "received"});
    private static final String TEXT = "p-meeting";
    private static SiteServer server;
    private static Chrome chrome;

    @BeforeAll
    static void start() throws IOException {
        Builds.Built built = Builds.features();
        assertTrue(Files.isRegularFile(built.site().resolve(PAGE)), "features.xml was not published: " + built.report().problems());
        server = SiteServer.serve(built.site());
        chrome = Chrome.start();
    }

    @AfterAll
    static void stop() {
        Chrome.closeBoth(chrome, server);
    }

    @AfterEach
    void noConsoleErrors() {
        chrome.blockScripts(false);
        chrome.viewport(Chrome.WIDE, 1000);
        chrome.assertNoConsoleErrors();
    }

    @Test
    void theViewSwitchShowsOneReadingOfEachChoiceAndIsRemembered() {
        openFresh();
        String all = String.valueOf(chrome.js("return document.getElementById(arguments[0]).textContent;", present(TEXT)));
        for (String[] r : READINGS) {
            assertTrue(all.contains(r[0]) && all.contains(r[1]), "both readings must be in the page: " + String.join(" / ", r));
        }
        click(control("diplomatic"));
        assertView("diplomatic", "after choosing the diplomatic view");
        chrome.screenshot("features-diplomatic-wide");
        assertTrue(((Number) chrome.js("return localStorage.length;")).intValue() > 0, "the choice is not stored");
        chrome.reload();
        assertView("diplomatic", "after a reload");

        click(control("normalised"));
        assertView("normalised", "after choosing the normalised view");
        chrome.screenshot("features-normalised-wide");
        chrome.reload();
        assertView("normalised", "after a reload");
        chrome.viewport(Chrome.NARROW, 900);
        chrome.open(server.url(PAGE));
        chrome.screenshot("features-normalised-narrow");
    }

    @Test
    void deletionsAndAdditionsFollowTheView() {
        openFresh();
        click(control("diplomatic"));
        String diplomatic = visibleText(TEXT);
        assertTrue(diplomatic.contains("asked") && diplomatic.contains("insisted"),
                "the diplomatic view shows the deletion (struck through) and the addition: " + diplomatic);
        click(control("normalised"));
        String normalised = visibleText(TEXT);
        assertTrue(normalised.contains("insisted") && !normalised.contains("asked"),
                "the normalised view shows the addition, not the deletion: " + normalised);
    }

    @Test
    void theViewSwitchIsUsableFromTheKeyboard() {
        openFresh();
        List<String> reached = new ArrayList<>();
        WebElement diplomatic = control("diplomatic");
        WebElement normalised = control("normalised");
        boolean onDiplomatic = false;
        new Actions(chrome.driver()).sendKeys(Keys.TAB).perform();
        String first = describeActive();
        assertTrue(first.contains("skip"), "the first Tab reaches " + first + ", not the skip link");
        for (int i = 0; i < 80 && !onDiplomatic; i++) {
            reached.add(describeActive());
            onDiplomatic = diplomatic.equals(chrome.driver().switchTo().activeElement());
            if (!onDiplomatic) {
                new Actions(chrome.driver()).sendKeys(Keys.TAB).perform();
            }
        }
        assertTrue(onDiplomatic, "Tab never reaches the diplomatic view control; reached " + reached);
        new Actions(chrome.driver()).sendKeys(isButton(diplomatic) ? Keys.ENTER : Keys.SPACE).perform();
        assertView("diplomatic", "after pressing the control from the keyboard");
        normalised.sendKeys(""); // focuses it (WebDriver focuses an element before typing)
        assertEquals(normalised, chrome.driver().switchTo().activeElement(), "the normalised control takes no focus");
    }

    @Test
    void withoutJavaScriptTheTextShowsOneReadingOfEachChoice() {
        chrome.blockScripts(true);
        server.drainRequests();
        chrome.open(server.url(PAGE));
        chrome.forgetConsole(); // the browser reports each refused script
        List<String> scripts = server.drainRequests().stream().filter(p -> p.endsWith(".js")).toList();
        assertEquals(List.of(), scripts, "scripts reached the page although blocked");
        String text = visibleText(TEXT);
        for (String[] r : READINGS) {
            assertNotEquals(text.contains(r[0]), text.contains(r[1]),
                    "without JavaScript exactly one of \"" + r[0] + "\" / \"" + r[1] + "\" must show: " + text);
        }
        chrome.screenshot("features-no-javascript-wide");
    }

    @Test
    void aNoteWithTwoTargetsStandsBesideTheFirstOnce() {
        chrome.viewport(Chrome.WIDE, 1000);
        chrome.open(server.url(PAGE));
        List<Geometry.Note> notes = Geometry.marginNotes(chrome);
        assertEquals(List.of("mn-agree", "mn-ask"), notes.stream().map(Geometry.Note::id).toList());
        assertEquals(List.of("it1", "it2"), notes.get(0).targets());
        for (Geometry.Note n : notes) {
            Geometry.Box note = n.box();
            Geometry.Box target = n.targetBoxes().get(0);
            String where = n.id() + " " + note + " beside " + n.targets().get(0) + " " + target;
            assertTrue(note.left() >= target.right() - 4, "not to the right of its target: " + where);
            assertTrue(Math.abs(note.top() - target.top()) < 40, "not level with its target: " + where);
        }
    }

    private static void openFresh() {
        chrome.viewport(Chrome.WIDE, 1000);
        chrome.open(server.url(PAGE));
        chrome.js("localStorage.clear();");
        chrome.reload();
    }

    /** The control (button, radio, tab, label) whose text names the view: "diplomatic" or "normalised"/"normalized". */
    private static WebElement control(String view) {
        String stem = view.equals("normalised") ? "normali" : view;
        String lower = "translate(normalize-space(.), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')";
        List<WebElement> found = chrome.driver().findElements(By.xpath(
                "//*[self::button or self::label or @role='radio' or @role='tab' or @role='switch' or self::input]"
                        + "[contains(" + lower + ", '" + stem + "') or contains(translate(@aria-label, 'DN', 'dn'), '" + stem
                        + "') or contains(translate(@value, 'DN', 'dn'), '" + stem + "')]"));
        found.removeIf(e -> !e.isDisplayed());
        assertFalse(found.isEmpty(), "no visible control for the " + view + " view on " + PAGE);
        WebElement c = found.get(0);
        if ("label".equals(c.getTagName())) {
            String forId = c.getDomAttribute("for");
            if (forId != null) {
                return chrome.driver().findElement(By.id(forId));
            }
        }
        return c;
    }

    private static void click(WebElement control) {
        new Actions(chrome.driver()).scrollToElement(control).perform();
        control.click();
    }

    private static boolean isButton(WebElement e) {
        return "button".equals(e.getTagName()) || "button".equals(e.getDomAttribute("role"));
    }

    private static String describeActive() {
        return String.valueOf(chrome.js("const a = document.activeElement;"
                + "return a.tagName.toLowerCase() + (a.id ? '#' + a.id : '') + (a.className ? '.' + a.className : '') + ' \"' + (a.textContent || '').trim().slice(0, 30) + '\"';"));
    }

    private static String visibleText(String id) {
        return String.valueOf(chrome.js("return document.getElementById(arguments[0]).innerText;", present(id))).replaceAll("\\s+", " ");
    }

    private static String present(String id) {
        assertTrue((Boolean) chrome.js("return document.getElementById(arguments[0]) !== null;", id),
                PAGE + " has no element #" + id + " (the paragraph with the choices)");
        return id;
    }

    private static void assertView(String view, String when) {
        String text = visibleText(TEXT);
        for (String[] r : READINGS) {
            String shown = view.equals("diplomatic") ? r[0] : r[1];
            String hidden = view.equals("diplomatic") ? r[1] : r[0];
            assertTrue(text.contains(shown) && !text.contains(hidden), view + " view " + when + ": expected \"" + shown
                    + "\" and not \"" + hidden + "\" in: " + text);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        assertFalse(lower.isBlank());
    }
}
