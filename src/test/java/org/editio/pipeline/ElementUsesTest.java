package org.editio.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XPathSelector;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import org.editio.TestFiles;
import org.editio.xml.Xml;
import org.junit.jupiter.api.Test;

/**
 * The table of element uses that Java counts for the guidelines page says what XPath over the same documents
 * says: every TEI element's kind of use (name, parent, place, signature as common/schema.xsl defined them),
 * counted, with its first use at the right position.
 */
class ElementUsesTest {
    private final Xml xml = Xml.create();

    @Test
    void kindsCountsAndFirstUsesAgreeWithXPathOnRealDocuments() throws Exception {
        List<Path> files = new ArrayList<>(List.of(TestFiles.existing(TestFiles.SAMPLE), TestFiles.existing(TestFiles.REGISTER)));
        try (Stream<Path> s = Files.list(TestFiles.SHARED.resolve("corpus/schnitzler/letters"))) {
            s.filter(f -> f.toString().endsWith(".xml")).sorted().limit(8).forEach(files::add);
        }
        XPathCompiler xp = xml.processor().newXPathCompiler();
        xp.declareNamespace("tei", ElementUses.TEI);
        // The definitions the stylesheet used before Java counted: place by ancestors, signature as eg:signature.
        XPathSelector kinds = xp.compile("for $e in //tei:* return string-join((local-name($e),"
                + " if ($e/ancestor::tei:text) then 'text' else if ($e/ancestor::tei:teiHeader) then 'header' else 'other',"
                + " string-join((local-name($e/..), sort($e/@* ! name()), string($e/@type)), '|')), codepoints-to-string(10))").load();
        int checked = 0;
        for (Path f : files) {
            XdmNode doc = xml.parse(f);
            kinds.setContextItem(doc);
            Map<String, Integer> expected = new HashMap<>();
            Map<String, Integer> firstAt = new HashMap<>();
            int position = 0;
            for (XdmItem k : kinds.evaluate()) {
                position++;
                expected.merge(k.getStringValue(), 1, Integer::sum);
                firstAt.putIfAbsent(k.getStringValue(), position);
            }
            Map<String, Integer> counted = new HashMap<>();
            Map<String, Integer> countedAt = new HashMap<>();
            String[] places = {"text", "other", "header"};
            for (Map.Entry<ElementUses.Kind, int[]> e : ElementUses.of(doc).entrySet()) {
                ElementUses.Kind k = e.getKey();
                String key = k.name() + "\n" + places[k.place()] + "\n" + k.signature();
                counted.put(key, e.getValue()[0]);
                countedAt.put(key, e.getValue()[1]);
            }
            assertEquals(expected, counted, f.getFileName() + ": kinds and counts");
            assertEquals(firstAt, countedAt, f.getFileName() + ": first uses");
            checked += expected.size();
        }
        assertTrue(checked > 200, "only " + checked + " kinds of use checked");
    }

    /** Read from the tiny tree's arrays or walked node by node, the same kinds, counts and order, on 300 letters. */
    @Test
    void theTinyTreeWalkAgreesWithTheNodeWalk() throws Exception {
        List<Path> files = new ArrayList<>(List.of(TestFiles.existing(TestFiles.SAMPLE), TestFiles.existing(TestFiles.REGISTER)));
        try (Stream<Path> s = Files.list(TestFiles.SHARED.resolve("corpus/schnitzler/letters"))) {
            List<Path> letters = s.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
            for (int i = 0; i < letters.size(); i += letters.size() / 300) {
                files.add(letters.get(i));
            }
        }
        int kinds = 0;
        for (Path f : files) {
            XdmNode doc = xml.parse(f);
            assertTrue(doc.getUnderlyingNode() instanceof net.sf.saxon.tree.tiny.TinyNodeImpl, "not a tiny tree: " + f);
            List<String> tiny = lines(ElementUses.of(doc));
            assertEquals(lines(ElementUses.ofNodes(doc)), tiny, f.getFileName().toString());
            kinds += tiny.size();
        }
        assertTrue(kinds > 10_000, "only " + kinds + " kinds of use compared");
    }

    private static List<String> lines(Map<ElementUses.Kind, int[]> kinds) {
        List<String> lines = new ArrayList<>();
        kinds.forEach((k, v) -> lines.add(k + " " + v[0] + " " + v[1]));
        return lines;
    }

    @Test
    void theUsesFileGivesBackWhatWasWrittenAndIsCheckedAgainstTheSkeleton(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Map<ElementUses.Kind, int[]> sample = ElementUses.of(xml.parse(TestFiles.existing(TestFiles.SAMPLE)));
        Map<ElementUses.Kind, int[]> odd = new java.util.LinkedHashMap<>();
        odd.put(new ElementUses.Kind("seg", "p", 0, "p|type|a\tb\nc\\d"), new int[] {2, 7});
        Map<String, Map<ElementUses.Kind, int[]>> written = new java.util.LinkedHashMap<>();
        written.put(ElementUses.hash(sample), sample);
        written.put(ElementUses.hash(odd), odd);
        Path file = dir.resolve(UsesFile.NAME);
        try (java.io.OutputStream out = Files.newOutputStream(file)) {
            UsesFile.write(out, written);
        }
        Map<String, Map<ElementUses.Kind, int[]>> read = UsesFile.read(file);
        assertEquals(written.keySet(), read.keySet());
        for (String skeleton : written.keySet()) {
            assertEquals(skeleton, ElementUses.hash(read.get(skeleton)), "the kinds read back hash to their skeleton");
        }
        Files.writeString(file, "K\tbroken");
        assertTrue(UsesFile.read(file).isEmpty(), "a damaged file gives nothing");
    }

    @Test
    void theTableSumsUsesAndCountsFilesPerNameAndParent() throws Exception {
        XdmNode sample = xml.parse(TestFiles.existing(TestFiles.SAMPLE));
        XdmNode register = xml.parse(TestFiles.existing(TestFiles.REGISTER));
        XdmNode table = xml.parseText(ElementUses.table(List.of(ElementUses.of(sample), ElementUses.of(register))));
        XPathCompiler xp = xml.processor().newXPathCompiler();
        xp.declareNamespace("tei", ElementUses.TEI);
        for (String name : List.of("persName", "p", "note", "TEI")) {
            long inSample = Long.parseLong(xp.evaluateSingle("count(//tei:" + name + ")", sample).getStringValue());
            long inRegister = Long.parseLong(xp.evaluateSingle("count(//tei:" + name + ")", register).getStringValue());
            String row = "/uses/name[@name = '" + name + "']";
            assertEquals(Long.toString(inSample + inRegister), xp.evaluateSingle("string(" + row + "/@uses)", table).getStringValue(), name + " uses");
            long files = (inSample > 0 ? 1 : 0) + (inRegister > 0 ? 1 : 0);
            assertEquals(Long.toString(files), xp.evaluateSingle("string(" + row + "/@files)", table).getStringValue(), name + " files");
            assertEquals(Long.toString(inSample + inRegister), xp.evaluateSingle("string(sum(" + row + "/parent/@uses))", table).getStringValue(),
                    name + ": the parents' uses add up");
        }
        assertEquals("1 2", xp.evaluateSingle("string(/uses/name[@name = 'TEI']/parent/@docs)", table).getStringValue(),
                "the root is in both documents, numbered in the order given");
    }
}
