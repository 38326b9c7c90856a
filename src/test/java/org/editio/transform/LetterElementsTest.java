package org.editio.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.editio.problem.Problem;
import org.editio.xml.Xml;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Elements that letters use often and that were rendered as "unhandled" (in the 4,420 Schnitzler letters:
 * anchor 7,538 times, addrLine 6,065, address 1,881, postscript 1,131, subst 956, handShift 684) have
 * behaviours of their own, the same in the HTML and in the PDF: a change of hand is a marker naming the hand
 * (the PDF had one, the page showed an unknown element), an address is its lines, a postscript a section,
 * a substitution its deletion and addition, an anchor an invisible target, damaged text its words, an image
 * a link to it.
 */
class LetterElementsTest {
    private static final Xml XML = Xml.create();
    private static final Stylesheets SHEETS = RepoStylesheets.compile(XML);
    static final String TEI = "<TEI xmlns='http://www.tei-c.org/ns/1.0' xml:id='l'><teiHeader><fileDesc><titleStmt>"
            + "<title>A letter</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p>"
            + "</sourceDesc></fileDesc><profileDesc><handNotes><handNote xml:id='h2'><persName>Olga Gussmann</persName>"
            + "</handNote></handNotes></profileDesc></teiHeader><text><body>"
            + "<div type='address'><address><addrLine>Herrn Dr. Arthur Schnitzler</addrLine><addrLine>Wien, Giselastraße 11</addrLine></address></div>"
            + "<div><p>Ich <subst><del>komme</del><add place='above'>fahre</add></subst> morgen.<anchor xml:id='k1'/></p>"
            + "<p><handShift new='#h2'/>Grüße von Olga. <damage agent='paperloss'><supplied>Dein</supplied></damage></p>"
            + "<closer><signed>Arthur</signed></closer>"
            + "<postscript><p>PS. Das Buch liegt bei.</p></postscript>"
            + "<p>Karte: <figure><graphic url='https://example.org/card.jpg'/><figDesc>das Stadttheater</figDesc></figure>"
            + " und <graphic url='javascript:alert(1)'/></p></div>"
            + "</body></text></TEI>";

    @Test
    void thePageRendersThemWithoutUnhandledElements() throws Exception {
        List<Problem> problems = new ArrayList<>();
        Document page = Jsoup.parse(RepoStylesheets.page(SHEETS, XML, TEI, "l", rel -> OutputStream.nullOutputStream(), Map.of(),
                problems::add));
        assertEquals(List.of(), unhandled(problems));
        assertTrue(page.select(".tei-unknown").isEmpty(), page.select(".tei-unknown").toString());

        Element address = page.selectFirst("div.line-group.tei-address");
        assertEquals(List.of("Herrn Dr. Arthur Schnitzler", "Wien, Giselastraße 11"), address.select("span.line").eachText());
        assertTrue(page.selectFirst("main").text().contains("Schnitzler Wien,"), "the address lines' words stay apart");

        Element hand = page.selectFirst("span.hand-shift");
        assertEquals("[hand: Olga Gussmann]", hand.text());
        assertEquals("From here on written by Olga Gussmann", hand.attr("title"));

        assertNotNull(page.selectFirst("span#k1.tei-anchor"), "the anchor is a target with its id");
        assertTrue(page.selectFirst("span#k1").text().isEmpty());

        Element subst = page.selectFirst("span.tei-subst");
        assertNotNull(subst.selectFirst(".tei-del"), subst.outerHtml());
        assertNotNull(subst.selectFirst(".tei-add"), subst.outerHtml());

        Element damage = page.selectFirst("span.tei-damage");
        assertEquals("Damaged in the original: paperloss", damage.attr("title"));
        assertEquals("[Dein]", damage.text());

        // without a heading, a box of its own, not a <section> (which a screen reader would announce unnamed)
        Element postscript = page.selectFirst("div.tei-postscript.text-section");
        assertEquals("PS. Das Buch liegt bei.", postscript.selectFirst("p").ownText().trim());

        // an image is a link to it (the page embeds none), only when its address passes the allow-list
        List<Element> figures = page.select("span.figure");
        assertEquals("[Image: das Stadttheater]", figures.get(0).text());
        assertEquals("https://example.org/card.jpg", figures.get(0).selectFirst("a").attr("href"));
        assertEquals("[Image]", figures.get(1).text());
        assertTrue(figures.get(1).select("a").isEmpty(), figures.get(1).outerHtml());
        assertTrue(page.select("main img").isEmpty());
    }

    @Test
    void thePdfRendersTheSame() throws Exception {
        List<Problem> problems = new ArrayList<>();
        String xml = RepoStylesheets.fo(SHEETS, XML, TEI, "l", Map.of(), problems::add);
        assertEquals(List.of(), unhandled(problems));
        assertTrue(!xml.contains("unhandled element"), "no generic rendering");
        Document fo = Jsoup.parse(xml, "", Parser.xmlParser());
        assertTrue(fo.select("fo|block").stream().anyMatch(b -> b.ownText().equals("Herrn Dr. Arthur Schnitzler")),
                "an address line is a block of its own");
        assertTrue(fo.select("fo|block").stream().anyMatch(b -> b.ownText().equals("Wien, Giselastraße 11")));
        assertTrue(fo.select("fo|inline").stream().anyMatch(i -> i.text().equals("[hand: Olga Gussmann]")));
        assertTrue(fo.text().contains("PS. Das Buch liegt bei."));
        assertTrue(fo.text().contains("Karte: [Image: das Stadttheater] und [Image]"), fo.text());
        assertEquals(List.of("https://example.org/card.jpg"), fo.select("fo|basic-link[external-destination]").stream()
                .map(l -> l.attr("external-destination")).filter(u -> u.contains("example.org")).map(u -> u.replaceAll("^url\\(['\"]?|['\"]?\\)$", "")).toList());
    }

    private static List<Problem> unhandled(List<Problem> problems) {
        return problems.stream().filter(p -> p.code().equals("unhandled-element")).toList();
    }

}
