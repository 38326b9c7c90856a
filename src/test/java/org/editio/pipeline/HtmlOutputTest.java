package org.editio.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.editio.SourceSentences;
import org.editio.TestFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample's HTML page as a reader gets it: every sentence, the notes tied to their targets, links. */
class HtmlOutputTest {
    private static Path site;
    private static Document page;

    @BeforeAll
    static void build() throws IOException {
        site = SampleBuild.output().resolve("site");
        page = Jsoup.parse(site.resolve("wilson-112037.html").toFile(), "UTF-8");
    }

    @Test
    void theBuildReportsNoProblem() {
        assertEquals(List.of(), SampleBuild.report().problems());
        assertEquals(2, SampleBuild.report().published());
    }

    @Test
    void keepsEverySentenceOfTheSource() throws IOException {
        String text = SourceSentences.normalise(page.body().text());
        for (String sentence : SourceSentences.of(TestFiles.SOURCE_TEXT)) {
            assertTrue(text.contains(sentence), "missing from the page: " + sentence);
        }
    }

    @Test
    void editorialInsertionsAreBracketedAndMarked() {
        String text = page.body().text();
        assertTrue(text.contains("[Pak Hon Yong]"), "supplied name not in brackets");
        assertTrue(text.contains("[as reported]"), "supplied words not in brackets");
        assertEquals(3, page.select(".supplied").size(), "one element per supplied insertion (two by the translator, one by the editors)");
    }

    @Test
    void everyMarginNoteIsShownOnceAndTiedToEachOfItsTargets() throws IOException {
        String tei = Files.readString(TestFiles.SAMPLE);
        Matcher m = Pattern.compile("<note xml:id=\"([^\"]+)\" type=\"marginal\"[^>]*target=\"([^\"]+)\"").matcher(tei);
        int notes = 0;
        while (m.find()) {
            notes++;
            String id = m.group(1);
            Element note = page.getElementById(id);
            assertNotNull(note, "margin note " + id + " is not on the page");
            assertTrue(note.hasClass("margin-note"), id + " is not rendered as a margin note");
            assertEquals(1, page.select("[id=" + id + "]").size());
            for (String target : m.group(2).split("\\s+")) {
                String targetId = target.substring(1);
                Element t = page.getElementById(targetId);
                assertNotNull(t, "target " + targetId + " of " + id + " has no anchor");
                if (!note.hasClass("margin-note-top")) {
                    assertTrue(t.attr("aria-describedby").contains(id), targetId + " does not point back to " + id);
                    assertFalse(note.select("a[href=\"#" + targetId + "\"]").isEmpty(), id + " does not link to " + targetId);
                }
            }
        }
        assertEquals(4, notes, "the sample has four margin notes");
    }

    @Test
    void marginNotesNameTheirHand() {
        for (Element note : page.select("aside.margin-note")) {
            assertTrue(note.text().contains("Stalin"), "hand not named in " + note.id());
        }
    }

    @Test
    void distributionListLinksEveryCopyHolderToTheRegister() {
        List<String> holders = List.of("stalin", "molotov", "malenkov", "beria", "mikoyan", "kaganovich", "bulganin", "vyshinsky");
        Element list = page.selectFirst(".type-distribution");
        assertNotNull(list, "no distribution list");
        List<String> linked = list.select("a[href^=\"register.html#\"]").eachAttr("href").stream()
                .map(h -> h.substring("register.html#".length())).toList();
        assertEquals(holders, linked);
    }

    @Test
    void everyRegisterLinkResolves() throws IOException {
        Document register = Jsoup.parse(site.resolve("register.html").toFile(), "UTF-8");
        for (String href : page.select("a[href^=\"register.html#\"]").eachAttr("href")) {
            String id = href.substring(href.indexOf('#') + 1);
            assertNotNull(register.getElementById(id), "register.html has no entry " + id);
        }
    }

    @Test
    void loadsNothingFromOtherHostsAndLinksLocally() {
        for (Element e : page.select("link[href], script[src], img[src]")) {
            String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
            assertFalse(url.matches("(?i)^[a-z]+:.*|^//.*"), "loads from elsewhere: " + url);
            assertTrue(Files.exists(site.resolve(url)), "broken local resource " + url);
        }
        for (String href : page.select("a[href]").eachAttr("href")) {
            if (!href.matches("(?i)^(https?|mailto):.*") && !href.startsWith("#")) {
                String file = href.replaceFirst("#.*", "");
                assertTrue(Files.exists(site.resolve(file)), "broken link " + href);
            }
        }
    }

    @Test
    void indexListsTheTelegramButNotTheRegisterAsADocument() throws IOException {
        Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        assertFalse(index.select("a[href=\"wilson-112037.html\"]").isEmpty());
        assertTrue(index.text().contains("Shtykov"));
    }
}
