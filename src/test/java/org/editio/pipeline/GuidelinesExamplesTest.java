package org.editio.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.stream.Stream;
import net.sf.saxon.s9api.XdmNode;
import org.editio.TestFiles;
import org.editio.project.Project;
import org.editio.transform.Stylesheets;
import org.editio.xml.Xml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guidelines page made from only the documents its examples may come from
 * ({@link ElementUses#candidates}) is the page made from every document, byte for byte.
 */
class GuidelinesExamplesTest {
    @TempDir
    Path tmp;

    @Test
    void theCandidateDocumentsGiveThePageThatEveryDocumentGives() throws Exception {
        Xml xml = Xml.create();
        Project project = Project.at(TestFiles.REPO, tmp.resolve("out"), null);
        Stylesheets sheets = Stylesheets.compile(xml, project::stylesheet).withSchemas(project.relaxNg(), project.schematron());
        List<Path> files;
        try (Stream<Path> s = Files.list(TestFiles.SHARED.resolve("corpus/schnitzler/letters"))) {
            files = s.filter(f -> f.toString().endsWith(".xml")).sorted().limit(80).toList();
        }
        List<XdmNode> docs = new ArrayList<>();
        for (Path f : files) {
            docs.add(xml.parse(f));
        }
        XdmNode register = xml.parse(TestFiles.existing(TestFiles.REGISTER));
        List<Map<ElementUses.Kind, int[]>> kinds = new ArrayList<>();
        docs.forEach(d -> kinds.add(ElementUses.of(d)));
        kinds.add(ElementUses.of(register));
        Map<String, String> config = new LinkedHashMap<>(Map.of("edition-title", "T", "page-href", "guidelines.html", "id", "guidelines"));

        // Every document passed, numbered in order.
        String all = page(sheets, new Stylesheets.Context(register, docs, config, xml.parseText(ElementUses.table(kinds))));

        // Only the candidates, numbered among themselves, the register after them.
        SortedSet<Integer> candidates = ElementUses.candidates(kinds);
        int[] numbers = new int[kinds.size()];
        List<XdmNode> passed = new ArrayList<>();
        for (int i : candidates) {
            if (i < docs.size()) {
                passed.add(docs.get(i));
                numbers[i] = passed.size();
            }
        }
        numbers[docs.size()] = passed.size() + 1;
        assertTrue(passed.size() < docs.size(), "only " + passed.size() + " of " + docs.size() + " letters are needed");
        String some = page(sheets, new Stylesheets.Context(register, passed, config, xml.parseText(ElementUses.table(kinds, i -> numbers[i]))));
        assertTrue(all.contains("class=\"xml-example\""), "the page has examples");
        assertEquals(all, some);
    }

    private static String page(Stylesheets sheets, Stylesheets.Context context) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sheets.sitePageThen("guidelines", "guidelines-sources", context, out, rel -> OutputStream.nullOutputStream(), p -> { });
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
