package org.editio.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.editio.TestFiles;
import org.editio.problem.Problem;
import org.editio.xml.Xml;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * A milestone is a boundary; with rend="line" it is a line drawn in the original, as the Schnitzler letter
 * L00779 draws two between its paragraphs ("… u. s. w.", a line, "Bei »mein Freund Ypsilon« …"). It was an
 * unhandled element (rendered as such, and reported): now a rule on the page and in the PDF.
 */
class MilestoneTest {
    private static final Xml XML = Xml.create();
    private static final Stylesheets SHEETS = RepoStylesheets.compile(XML);

    private static String letter() throws Exception {
        return Files.readString(TestFiles.existing(TestFiles.SHARED.resolve("corpus/schnitzler/letters/L00779.xml")));
    }

    private static String text(Element e) {
        return e.text().replaceAll("\\p{Zs}+", " ").strip();
    }

    @Test
    void aDrawnLineIsARuleBetweenTheParagraphsOnThePage() throws Exception {
        List<Problem> problems = new ArrayList<>();
        Document page = Jsoup.parse(RepoStylesheets.page(SHEETS, XML, letter(), "L00779", rel -> OutputStream.nullOutputStream(),
                Map.of(), problems::add));
        List<Element> rules = page.select("div.milestone[role=separator]");
        assertEquals(2, rules.size(), page.select(".edition-text").html());
        assertTrue(text(rules.get(0).previousElementSibling()).endsWith("u. s. w."), rules.get(0).previousElementSibling().text());
        // (a paragraph's text begins with its number, "§15")
        assertTrue(text(rules.get(1).nextElementSibling()).endsWith("»Die kleine Komödie«"), rules.get(1).nextElementSibling().text());
        assertEquals(List.of(), problems.stream().filter(p -> p.message().contains("milestone")).toList());
    }

    @Test
    void aDrawnLineIsARuleBetweenTheParagraphsInThePdf() throws Exception {
        List<Problem> problems = new ArrayList<>();
        Document fo = Jsoup.parse(RepoStylesheets.fo(SHEETS, XML, letter(), "L00779", Map.of(), problems::add), "", Parser.xmlParser());
        List<Element> rules = fo.select("fo|block[text-align=center]:has(> fo|leader[leader-pattern=rule])");
        assertEquals(2, rules.size(), rules.toString());
        assertEquals(List.of(), problems.stream().filter(p -> p.message().contains("milestone")).toList());
    }

    @Test
    void aMilestoneInRunningTextIsAShortRuleAndAnyOtherShowsNothing() throws Exception {
        String tei = Files.readString(TestFiles.SAMPLE).replaceFirst("(I had a meeting with)",
                "$1<milestone rend=\"line\"/><milestone unit=\"section\" xml:id=\"ms-section\"/>");
        Document page = Jsoup.parse(RepoStylesheets.page(SHEETS, XML, tei, "milestones", rel -> OutputStream.nullOutputStream()));
        assertEquals(1, page.select("p span.milestone[role=separator]").size(), page.select("p:has(.tei-milestone)").outerHtml());
        Element section = page.getElementById("ms-section");
        assertEquals("", section.text());
        assertTrue(!section.hasClass("milestone") && !section.hasAttr("role"), section.outerHtml());
        // in the PDF, one rule more in running text than the sample has (its other rules rule off tables and notes)
        String rule = "fo|block:not([text-align=center]) fo|leader[leader-pattern=rule][leader-length=2em]";
        Document before = Jsoup.parse(RepoStylesheets.fo(SHEETS, XML, Files.readString(TestFiles.SAMPLE), "milestones", Map.of(), p -> { }),
                "", Parser.xmlParser());
        Document fo = Jsoup.parse(RepoStylesheets.fo(SHEETS, XML, tei, "milestones", Map.of(), p -> { }), "", Parser.xmlParser());
        assertEquals(before.select(rule).size() + 1, fo.select(rule).size());
    }
}
