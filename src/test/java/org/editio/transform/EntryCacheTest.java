package org.editio.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sf.saxon.s9api.XdmNode;
import org.editio.problem.Problem;
import org.editio.xml.Xml;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Entity entries made once and taken over by later pages (EntryCache): a page whose entries were made before
 * is the page made afresh, an entry that differs in anything is made again, an entry whose note holds only text
 * is taken over as it is made afresh, one whose note holds an element is made for each page (the element may
 * render differently there), and an entry with a child no rule knows is reported on every page that has it.
 */
class EntryCacheTest {
    private static final String TEI = "http://www.tei-c.org/ns/1.0";

    private static String letter(String id, String person) {
        return "<TEI xmlns='" + TEI + "' xml:id='" + id + "'><teiHeader><fileDesc><titleStmt><title>Letter " + id
                + "</title></titleStmt><publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc>"
                + "</fileDesc></teiHeader><text><body><p>Dear <persName ref='#p1'>Olga</persName>.</p></body>"
                + "<back><listPerson>" + person + "</listPerson></back></text></TEI>";
    }

    private static final String OLGA = "<person xml:id='p1'><persName><forename>Olga</forename>"
            + "<surname>Gussmann</surname></persName><birth><date when='1882-09-19'>1882</date></birth>"
            + "<idno type='gnd'>https://d-nb.info/gnd/116911735</idno></person>";

    private static Stylesheets compile(Xml xml) {
        return RepoStylesheets.compile(xml);
    }

    private record Page(Element entry, List<Problem> problems) {
    }

    private static Page page(Stylesheets sheets, XdmNode doc, String id) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Problem> problems = new ArrayList<>();
        Map<String, String> config = GoldenFilesTest.config("");
        config.put("id", id);
        config.put("tei-href", "tei/" + id + ".xml");
        sheets.page(Path.of(id + ".xml"), doc, new Stylesheets.Context(null, List.of(), config), out,
                rel -> OutputStream.nullOutputStream(), problems::add);
        Element li = Jsoup.parse(out.toString(StandardCharsets.UTF_8)).selectFirst("section.entities li#p1");
        assertTrue(li != null, "no entry p1 on page " + id);
        return new Page(li, problems);
    }

    @Test
    void anEntryTakenOverIsTheEntryMadeAfresh() throws Exception {
        Xml xml = Xml.create();
        Stylesheets warm = compile(xml);
        XdmNode a = xml.parseText(letter("a", OLGA));
        XdmNode b = xml.parseText(letter("b", OLGA));
        page(warm, a, "a");
        String takenOver = page(warm, b, "b").entry().outerHtml();
        Xml other = Xml.create();
        String fresh = page(compile(other), other.parseText(letter("b", OLGA)), "b").entry().outerHtml();
        assertEquals(fresh, takenOver);
        assertTrue(takenOver.contains("Olga Gussmann") && takenOver.contains("19 September 1882") && takenOver.contains("GND"),
                takenOver);
    }

    @Test
    void anEntryThatDiffersInAnythingIsMadeAgain() throws Exception {
        Xml xml = Xml.create();
        Stylesheets sheets = compile(xml);
        page(sheets, xml.parseText(letter("a", OLGA)), "a");
        String otherDate = page(sheets, xml.parseText(letter("b", OLGA.replace("1882-09-19", "1883-01-02"))), "b")
                .entry().text();
        assertTrue(otherDate.contains("2 January 1883"), otherDate);
        String otherAttribute = page(sheets, xml.parseText(letter("c", OLGA.replace("116911735", "116911736"))), "c")
                .entry().select("a.entity-link").attr("href");
        assertEquals("https://d-nb.info/gnd/116911736", otherAttribute);
        assertNotEquals(EntryCache.key(xml.parseText(OLGA.replace("<person", "<person xmlns='" + TEI + "'")).getUnderlyingNode()),
                EntryCache.key(xml.parseText(OLGA.replace("<person", "<person xmlns='" + TEI + "'").replace("Olga", "Olgа"))
                        .getUnderlyingNode()), "a Cyrillic а for a Latin a");
    }

    @Test
    void anEntryWithAnUnknownChildIsReportedOnEveryPage() throws Exception {
        Xml xml = Xml.create();
        Stylesheets sheets = compile(xml);
        String odd = OLGA.replace("</person>", "<epigraph><p>a portrait</p></epigraph></person>");
        for (String id : List.of("a", "b")) {
            Page p = page(sheets, xml.parseText(letter(id, odd)), id);
            assertTrue(p.problems().stream().anyMatch(x -> x.message().contains("epigraph")),
                    "page " + id + ": " + p.problems());
            assertTrue(p.entry().text().contains("a portrait"), p.entry().text());
        }
    }

    @Test
    void anEntryWhoseNoteHoldsOnlyTextIsTakenOverAsMadeAfresh() throws Exception {
        String noted = OLGA.replace("</person>", "<note>Actress; married Schnitzler in 1903.</note></person>");
        Xml xml = Xml.create();
        Stylesheets warm = compile(xml);
        page(warm, xml.parseText(letter("a", noted)), "a");
        String takenOver = page(warm, xml.parseText(letter("b", noted)), "b").entry().outerHtml();
        Xml other = Xml.create();
        String fresh = page(compile(other), other.parseText(letter("b", noted)), "b").entry().outerHtml();
        assertEquals(fresh, takenOver);
        assertTrue(takenOver.contains("married Schnitzler in 1903"), takenOver);
    }

    @Test
    void anEntryWhoseNoteHoldsAnElementIsMadeForEachPage() throws Exception {
        // A pointer into the letter links only where the letter has that place.
        String noted = OLGA.replace("</person>", "<note>See <ref target='#x1'>the opening</ref>.</note></person>");
        Xml xml = Xml.create();
        Stylesheets sheets = compile(xml);
        Element linked = page(sheets, xml.parseText(letter("a", noted).replace("<p>Dear", "<p xml:id='x1'>Dear")), "a").entry();
        Element unlinked = page(sheets, xml.parseText(letter("b", noted)), "b").entry();
        assertEquals(1, linked.select("a[href=#x1]").size(), linked.outerHtml());
        assertEquals(0, unlinked.select("a[href=#x1]").size(), unlinked.outerHtml());
        assertTrue(unlinked.text().contains("the opening"), unlinked.outerHtml());
    }

    /**
     * The key read from a tiny tree's arrays tells entries apart exactly as the key made node by node does:
     * on the entries of 300 Schnitzler letters (parsed as the build parses them), two entries have the same
     * key of one kind when and only when they have the same key of the other; and subtrees that differ only in
     * where a text node sits, in a name's namespace, in an attribute's value or in whitespace get different keys.
     */
    @Test
    void theTinyTreeKeyTellsEntriesApartAsTheNodeKeyDoes() throws Exception {
        Xml xml = Xml.create();
        net.sf.saxon.s9api.XPathCompiler xp = xml.processor().newXPathCompiler();
        xp.declareNamespace("tei", TEI);
        net.sf.saxon.s9api.XPathExecutable entries = xp.compile("//tei:back//(tei:person | tei:place | tei:org | tei:bibl | tei:event)");
        java.util.Map<String, String> byNodes = new java.util.HashMap<>();
        java.util.Map<String, String> byArrays = new java.util.HashMap<>();
        int checked = 0;
        List<Path> letters;
        try (java.util.stream.Stream<Path> all = java.nio.file.Files.list(
                org.editio.TestFiles.existing(org.editio.TestFiles.SHARED.resolve("corpus/schnitzler/letters")))) {
            letters = all.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
        }
        for (int i = 0; i < letters.size(); i += letters.size() / 300) {
            Path letter = letters.get(i);
            XdmNode doc = xml.parse(letter, org.editio.xml.Whitespace.KEEP);
            net.sf.saxon.s9api.XPathSelector s = entries.load();
            s.setContextItem(doc);
            for (net.sf.saxon.s9api.XdmItem item : s) {
                net.sf.saxon.om.NodeInfo e = ((XdmNode) item).getUnderlyingNode();
                assertTrue(e instanceof net.sf.saxon.tree.tiny.TinyNodeImpl, "not a tiny tree");
                String nodes = EntryCache.nodeKey(e);
                String arrays = EntryCache.key(e);
                String before = byNodes.putIfAbsent(nodes, arrays);
                assertEquals(before == null ? arrays : before, arrays, "one node key, two array keys");
                before = byArrays.putIfAbsent(arrays, nodes);
                assertEquals(before == null ? nodes : before, nodes, "one array key, two node keys");
                checked++;
            }
        }
        assertTrue(checked > 2_000 && byNodes.size() > 1_000, checked + " entries, " + byNodes.size() + " different");
        String[] differing = {
            "<a xmlns='" + TEI + "'><b/>x</a>", "<a xmlns='" + TEI + "'><b>x</b></a>",
            "<a xmlns='" + TEI + "'><b>x</b>y</a>", "<a xmlns='" + TEI + "'><b>xy</b></a>",
            "<a xmlns='" + TEI + "'><b n='1'>x</b></a>", "<a xmlns='" + TEI + "'><b n='2'>x</b></a>",
            "<a xmlns='" + TEI + "'><b n='1'/>x</a>", "<a xmlns='" + TEI + "'><b xmlns='urn:other'>x</b></a>",
            "<a xmlns='" + TEI + "'><b><c/></b><d/></a>", "<a xmlns='" + TEI + "'><b><c/><d/></b></a>",
            "<a xmlns='" + TEI + "'> <b/></a>", "<a xmlns='" + TEI + "'>\n <b/></a>"};
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (String x : differing) {
            keys.add(EntryCache.key(xml.parseText(x).children().iterator().next().getUnderlyingNode()));
        }
        assertEquals(differing.length, keys.size(), "each of the differing subtrees has a key of its own");
        assertEquals(EntryCache.key(xml.parseText(differing[0]).children().iterator().next().getUnderlyingNode()),
                EntryCache.key(xml.parseText("<x:a xmlns:x='" + TEI + "'><x:b/>x</x:a>").children().iterator().next().getUnderlyingNode()),
                "the same names with other prefixes, the same key");
    }
}
