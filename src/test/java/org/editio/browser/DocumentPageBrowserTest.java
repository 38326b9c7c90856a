package org.editio.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sample's pages in real Chromium: Stalin's margin notes beside their targets on a wide screen and
 * below them on a narrow one, highlighting between notes and targets, the skip link, no console errors;
 * full-page screenshots of every page into target/screenshots/.
 */
class DocumentPageBrowserTest {
    private static final String DOC = "wilson-112037.html";
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
        chrome.viewport(Chrome.WIDE, 1000);
        chrome.assertNoConsoleErrors();
    }

    /** The closer's date and signature are lines one under the other at the right of the text, as in the PDF. */
    @ParameterizedTest
    @ValueSource(ints = {Chrome.WIDE, Chrome.NARROW})
    void theClosersLinesStandOneUnderTheOtherAtTheRight(int width) {
        chrome.viewport(width, 1000);
        chrome.open(server.url(DOC));
        String box = "const b = e => { const r = e.getBoundingClientRect(); return {left: r.left, right: r.right, top: r.top, bottom: r.bottom}; };"
                + "const c = document.querySelector('.tei-closer'); const range = document.createRange();"
                + "const line = e => { range.selectNodeContents(e); return b(range); };";
        Geometry.Box closer = Geometry.Box.of(chrome.js(box + "return b(document.querySelector('.tei-closer'));"));
        Geometry.Box date = Geometry.Box.of(chrome.js(box + "return line(c.querySelector('.dateline'));"));
        Geometry.Box signature = Geometry.Box.of(chrome.js(box + "return line(c.querySelector('.signed'));"));
        assertTrue(signature.top() >= date.bottom() - 1, "the signature " + signature + " is not below the date " + date);
        assertEquals(closer.right(), signature.right(), 1.5, "the signature does not end at the right of the closer " + closer);
        assertEquals(closer.right(), date.right(), 1.5, "the date does not end at the right of the closer " + closer);
    }

    @Test
    void marginNotesStandBesideTheirFirstTargetOnAWideScreen() {
        chrome.viewport(Chrome.WIDE, 1000);
        chrome.open(server.url(DOC));
        List<Geometry.Note> notes = Geometry.marginNotes(chrome);
        assertEquals(3, notes.size(), "the sample has three margin notes beside the text (and one at the top)");
        for (Geometry.Note n : notes) {
            assertFalse(n.targets().isEmpty(), n.id() + " has no target on the page");
            Geometry.Box note = n.box();
            Geometry.Box target = n.targetBoxes().get(0);
            String where = n.id() + " " + note + " beside " + n.targets().get(0) + " " + target;
            assertTrue(note.width() > 0 && note.height() > 0, n.id() + " is not shown: " + where);
            assertTrue(note.left() >= target.right() - 4, "not to the right of its target: " + where);
            assertTrue(Math.abs(note.top() - target.top()) < 40, "not level with its target: " + where);
        }
        chrome.screenshot("sample-margin-notes-wide");
    }

    @Test
    void marginNotesFollowTheirTargetOnANarrowScreenWithoutOverflow() {
        chrome.viewport(Chrome.NARROW, 900);
        chrome.open(server.url(DOC));
        assertEquals(Chrome.NARROW, ((Number) chrome.js("return window.innerWidth;")).intValue());
        List<Geometry.Note> notes = Geometry.marginNotes(chrome);
        assertEquals(3, notes.size());
        for (Geometry.Note n : notes) {
            Geometry.Box note = n.box();
            Geometry.Box target = n.targetBoxes().get(0);
            String where = n.id() + " " + note + " after " + n.targets().get(0) + " " + target;
            assertTrue(note.top() >= target.bottom() - 2, "not below its target: " + where);
            assertTrue(note.left() >= -1 && note.right() <= Chrome.NARROW + 1, "runs out of the viewport: " + where);
        }
        long scrollWidth = ((Number) chrome.js("return document.documentElement.scrollWidth;")).longValue();
        assertTrue(scrollWidth <= Chrome.NARROW, "the page scrolls sideways at 420px: scrollWidth " + scrollWidth);
        chrome.screenshot("sample-margin-notes-narrow");
    }

    @Test
    void focusingAMarginNoteHighlightsEachOfItsTargets() {
        chrome.viewport(Chrome.WIDE, 1000);
        chrome.open(server.url(DOC));
        for (Geometry.Note n : Geometry.marginNotes(chrome)) {
            List<Set<String>> before = classesOf(n.targets());
            Object focused = chrome.js("const n = document.getElementById(arguments[0]);"
                    + "const f = n.matches('[tabindex]') ? n : n.querySelector('a[href], button, [tabindex]');"
                    + "if (f) { f.focus(); } return !!f;", n.id());
            assertTrue((Boolean) focused, n.id() + " holds nothing focusable (and has no tabindex)");
            assertTrue(n.id().equals(chrome.js("const a = document.activeElement; return (a.closest('aside') || a).id;")),
                    "nothing in " + n.id() + " takes the focus");
            Set<String> added = waitForAddedClass(n.targets(), before, n.id() + " focused");
            assertFalse(added.isEmpty(), "focusing " + n.id() + " adds no class to all of its targets " + n.targets());
            chrome.js("document.activeElement.blur();");
            new WebDriverWait(chrome.driver(), Duration.ofSeconds(2)).until(d -> classesOf(n.targets()).equals(before));
        }
    }

    @Test
    void hoveringANoteHighlightsItsTargetsAndHoveringATargetHighlightsItsNote() {
        chrome.viewport(Chrome.WIDE, 1000);
        chrome.open(server.url(DOC));
        Geometry.Note n = Geometry.marginNotes(chrome).stream().filter(x -> x.targets().size() > 1).findFirst()
                .orElseThrow(() -> new AssertionError("the sample's note beside points 1–3 has several targets"));
        WebElement note = chrome.driver().findElement(By.id(n.id()));
        List<Set<String>> before = classesOf(n.targets());
        new Actions(chrome.driver()).scrollToElement(note).moveToElement(note).perform();
        Set<String> added = waitForAddedClass(n.targets(), before, n.id() + " hovered");
        assertFalse(added.isEmpty(), "hovering " + n.id() + " adds no class to all of " + n.targets());

        // the pointer leaves: the highlight goes (the note stands inside its first target, so hovering the
        // note also hovers that target; the note's classes are taken at rest)
        new Actions(chrome.driver()).moveToLocation(1, 1).perform();
        new WebDriverWait(chrome.driver(), Duration.ofSeconds(2)).until(d -> classesOf(n.targets()).equals(before));
        Set<String> noteBefore = classesOf(List.of(n.id())).get(0);
        WebElement lastTarget = chrome.driver().findElement(By.id(n.targets().get(n.targets().size() - 1)));
        new Actions(chrome.driver()).scrollToElement(lastTarget).moveToElement(lastTarget).perform();
        Set<String> noteAdded = waitForAddedClass(List.of(n.id()), List.of(noteBefore), "target hovered");
        boolean highlighted = !noteAdded.isEmpty();
        assertTrue(highlighted, "hovering target " + lastTarget.getDomAttribute("id") + " does not highlight " + n.id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", DOC, "register.html", "search.html"})
    void theFirstTabReachesTheSkipLink(String page) {
        chrome.open(server.url(page));
        // from the start of the document (a search box may take the focus on its own)
        chrome.js("if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();");
        new Actions(chrome.driver()).sendKeys(Keys.TAB).perform();
        Object cls = chrome.js("const a = document.activeElement; return a.tagName + '.' + a.className + ' ' + a.getAttribute('href');");
        assertTrue(String.valueOf(cls).matches("A\\.[^ ]*skip[^ ]* #.+"), page + ": the first Tab reaches " + cls);
        String target = String.valueOf(cls).replaceFirst(".* #", "");
        assertTrue((Boolean) chrome.js("return document.getElementById(arguments[0]) !== null;", target),
                page + ": the skip link's target #" + target + " is missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", DOC, "register.html", "search.html?q=Molotov", "no-such-page.html"})
    void screenshotsWideAndNarrow(String page) {
        String file = page.replaceFirst("\\?.*", "");
        if (!file.equals("no-such-page.html")) {
            assertTrue(Files.isRegularFile(Builds.sample().resolve(file)), "the site has no " + file);
        } else {
            assertTrue(Files.isRegularFile(Builds.sample().resolve("404.html")), "the site has no 404.html");
        }
        String name = "sample-" + file.replace(".html", "");
        chrome.viewport(Chrome.WIDE, 1000);
        chrome.open(server.url(page));
        chrome.screenshot(name + "-wide");
        if (file.equals("no-such-page.html")) {
            chrome.assertNoConsoleErrorsExcept404();
        }
        chrome.viewport(Chrome.NARROW, 900);
        chrome.open(server.url(page));
        chrome.screenshot(name + "-narrow");
        if (file.equals("no-such-page.html")) {
            chrome.assertNoConsoleErrorsExcept404();
        }
    }

    private static List<Set<String>> classesOf(List<String> ids) {
        List<Set<String>> all = new ArrayList<>();
        for (Object o : (List<?>) chrome.js("return arguments[0].map(i => [...document.getElementById(i).classList]);", ids)) {
            all.add(new HashSet<>(((List<?>) o).stream().map(String::valueOf).toList()));
        }
        return all;
    }

    /** The classes every target gained since {@code before} (waits up to 2 s for them). */
    private static Set<String> waitForAddedClass(List<String> ids, List<Set<String>> before, String what) {
        try {
            return new WebDriverWait(chrome.driver(), Duration.ofSeconds(2)).until(d -> {
                List<Set<String>> now = classesOf(ids);
                Set<String> common = null;
                for (int i = 0; i < ids.size(); i++) {
                    Set<String> added = new HashSet<>(now.get(i));
                    added.removeAll(before.get(i));
                    if (common == null) {
                        common = added;
                    } else {
                        common.retainAll(added);
                    }
                }
                return common == null || common.isEmpty() ? null : common;
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            return Set.of();
        }
    }
}
