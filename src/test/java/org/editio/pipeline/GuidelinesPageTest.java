package org.editio.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import org.editio.TestFiles;
import org.editio.project.Project;
import org.editio.xml.Xml;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * site/guidelines.html of the sample build against the files it is made from: schemas/editio.rng (every
 * element and attribute with its documentation), schemas/editio.sch (every check) and the documents in
 * tei/ (usage counts, examples copied verbatim from the document they link to).
 */
class GuidelinesPageTest {
    private static final Path RNG = TestFiles.REPO.resolve("schemas/editio.rng");
    private static final Path SCH = TestFiles.REPO.resolve("schemas/editio.sch");
    private static Path site;
    private static Document page;
    private static XdmNode schema;
    private static XPathCompiler xpath;
    private static Xml xml;

    @BeforeAll
    static void build() throws Exception {
        site = SampleBuild.output().resolve("site");
        page = Jsoup.parse(TestFiles.existing(site.resolve("guidelines.html")).toFile(), "UTF-8");
        xml = Xml.create();
        schema = xml.parse(TestFiles.existing(RNG));
        xpath = xml.processor().newXPathCompiler();
        xpath.declareNamespace("rng", "http://relaxng.org/ns/structure/1.0");
        xpath.declareNamespace("a", "http://relaxng.org/ns/compatibility/annotations/1.0");
        xpath.declareNamespace("sch", "http://purl.oclc.org/dsdl/schematron");
    }

    private static List<XdmItem> select(XdmNode context, String expression) throws Exception {
        List<XdmItem> items = new ArrayList<>();
        xpath.evaluate(expression, context).forEach(items::add);
        return items;
    }

    private static String normalise(String s) {
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static Element entry(String name) {
        Element e = page.getElementById("el-" + name);
        assertNotNull(e, "no entry #el-" + name + " on guidelines.html");
        return e;
    }

    @Test
    void everyElementOfTheSchemaHasAnEntryWithItsDocumentation() throws Exception {
        List<XdmItem> elements = select(schema, "//rng:element[@name]");
        assertTrue(elements.size() > 50, "the schema declares only " + elements.size() + " elements");
        for (XdmItem e : elements) {
            XdmNode decl = (XdmNode) e;
            String name = decl.attribute("name");
            String doc = normalise(select(decl, "string((a:documentation, ../a:documentation)[1])").get(0).getStringValue());
            assertFalse(doc.isEmpty(), name + " has no documentation in the schema");
            String text = normalise(entry(name).text());
            assertTrue(text.contains(doc), "#el-" + name + " lacks the schema's documentation: " + doc);
        }
    }

    @Test
    void everyAttributeIsDescribedWithItsDocumentationAndItsOwnAttributesUnderItsElement() throws Exception {
        String text = normalise(page.body().text());
        for (XdmItem a : select(schema, "//rng:attribute[a:documentation]")) {
            String doc = normalise(select((XdmNode) a, "string(a:documentation)").get(0).getStringValue());
            assertTrue(text.contains(doc), "the page lacks the documentation of @" + ((XdmNode) a).attribute("name") + ": " + doc);
        }
        // Attributes written inside an element's own declaration (not shared through a define) are listed
        // in that element's entry.
        List<XdmItem> own = select(schema, "//rng:attribute[ancestor::rng:element[1]/@name]");
        assertTrue(own.size() > 20, "only " + own.size() + " attributes declared inside elements");
        for (XdmItem a : own) {
            String element = select((XdmNode) a, "string(ancestor::rng:element[1]/@name)").get(0).getStringValue();
            String attribute = ((XdmNode) a).attribute("name");
            boolean listed = entry(element).select("dl.attribute-list > dt code").stream()
                    .anyMatch(c -> c.text().equals("@" + attribute));
            assertTrue(listed, "#el-" + element + " does not list @" + attribute);
        }
    }

    @Test
    void elementsAreCountedInTheDocumentsAndUnusedOnesMarked() throws Exception {
        Map<String, Integer> uses = new HashMap<>();
        Map<String, Integer> files = new HashMap<>();
        for (Path f : Project.xmlFilesUnder(TestFiles.REPO.resolve("tei"))) {
            Map<String, Integer> here = new HashMap<>();
            for (XdmItem i : select(xml.parse(f), "//*[namespace-uri() = 'http://www.tei-c.org/ns/1.0']/local-name()")) {
                here.merge(i.getStringValue(), 1, Integer::sum);
            }
            here.forEach((k, v) -> {
                uses.merge(k, v, Integer::sum);
                files.merge(k, 1, Integer::sum);
            });
        }
        int unused = 0;
        for (XdmItem n : select(schema, "distinct-values(//rng:element/@name)")) {
            String name = n.getStringValue();
            String usage = entry(name).selectFirst("h3 .usage").text();
            if (!uses.containsKey(name)) {
                assertEquals("not yet used", usage, "#el-" + name);
                unused++;
            } else {
                int u = uses.get(name);
                int fl = files.get(name);
                assertEquals(u + (u == 1 ? " use" : " uses") + " in " + fl + (fl == 1 ? " file" : " files"), usage, "#el-" + name);
            }
        }
        assertTrue(unused > 0, "the sample uses every element of the schema: the 'not yet used' mark is untested");
    }

    @Test
    void examplesAreCopiedFromTheDocumentTheyLinkTo() throws IOException {
        Map<String, String> sources = Map.of(
                "wilson-112037.html", normalise(Files.readString(TestFiles.SAMPLE)),
                "register.html", normalise(Files.readString(TestFiles.REGISTER)));
        int whole = 0;
        for (Element figure : page.select("figure.example")) {
            String href = figure.selectFirst("figcaption a").attr("href");
            String source = sources.get(href.replaceFirst("#.*", ""));
            assertNotNull(source, "an example links to " + href + ", which is not a page of a sample file");
            String code = figure.selectFirst("pre").wholeText();
            if (!code.contains("…")) {
                assertTrue(source.contains(normalise(code)), "not in the source of " + href + ":\n" + code);
                whole++;
                continue;
            }
            for (String line : code.split("\n")) { // a shortened example: its unshortened lines
                if (!line.contains("…")) {
                    assertTrue(source.contains(normalise(line)), "line not in the source of " + href + ": " + line);
                }
            }
        }
        assertTrue(whole > 40, "only " + whole + " examples are whole");
        boolean persName = entry("persName").select("figure.example").stream().anyMatch(f ->
                f.selectFirst("figcaption a").attr("href").startsWith("wilson-112037.html")
                && f.selectFirst("pre").wholeText().startsWith("<persName ")
                && sources.get("wilson-112037.html").contains(normalise(f.selectFirst("pre").wholeText())));
        assertTrue(persName, "no persName example copied from tei/wilson-112037.xml");
    }

    @Test
    void examplesOfContainersKeepTheLinesOfTheSource() {
        // The documents' trees lack the indentation the pages strip; the examples are copied from the source as written.
        String list = entry("list").selectFirst("figure.example pre").wholeText();
        String persons = entry("listPerson").selectFirst("figure.example pre").wholeText();
        assertTrue(list.startsWith("<list ") && list.contains(">\n  <item "), list);
        assertTrue(persons.startsWith("<listPerson ") && persons.contains(">\n  <person "), persons);
    }

    @Test
    void everyCheckOfTheRulesIsListedWithItsSeverity() throws Exception {
        XdmNode rules = xml.parse(TestFiles.existing(SCH));
        List<XdmItem> asserts = select(rules, "//(sch:assert | sch:report)[@id]");
        assertTrue(asserts.size() >= 10, "only " + asserts.size() + " checks in editio.sch");
        for (XdmItem a : asserts) {
            XdmNode check = (XdmNode) a;
            Element dt = page.getElementById("check-" + check.attribute("id"));
            assertNotNull(dt, "no #check-" + check.attribute("id"));
            assertEquals(check.attribute("role") == null ? "error" : check.attribute("role"), dt.selectFirst(".severity").text());
        }
        assertFalse(entry("handNote").select("a[href=#check-pointer-unresolved]").isEmpty(),
                "handNote (@scribeRef) is not tied to the check pointer-unresolved");
    }

    @Test
    void thePageIsInTheNavigationAndTheSitemap() throws IOException {
        for (String p : List.of("index.html", "wilson-112037.html", "register.html", "search.html")) {
            Document d = Jsoup.parse(site.resolve(p).toFile(), "UTF-8");
            assertFalse(d.select("nav.site-nav a[href=guidelines.html]").isEmpty(), p + " does not link the guidelines");
        }
        Document entryPage = Jsoup.parse(site.resolve("register/stalin.html").toFile(), "UTF-8");
        assertFalse(entryPage.select("nav.site-nav a[href=../guidelines.html]").isEmpty(), "register/stalin.html does not link the guidelines");
        assertEquals("page", page.selectFirst("nav.site-nav a[href=guidelines.html]").attr("aria-current"));
        assertTrue(Files.readString(site.resolve("sitemap.xml")).contains("<loc>guidelines.html</loc>"), "guidelines.html not in the sitemap");
    }

    @Test
    void aProjectSchemaReplacesTheBundledOne() throws IOException {
        Path dir = Files.createTempDirectory("editio-guidelines");
        Path tei = Files.createDirectories(dir.resolve("project/tei"));
        Files.copy(TestFiles.SAMPLE, tei.resolve("wilson-112037.xml"));
        Files.copy(TestFiles.REGISTER, tei.resolve("register.xml"));
        Path schemas = Files.createDirectories(dir.resolve("project/schemas"));
        String marker = "In this project a signature names its signatory with persName.";
        String rng = Files.readString(RNG).replace("<a:documentation>Signature, with the signatory as persName pointing to the register.</a:documentation>",
                "<a:documentation>" + marker + "</a:documentation>");
        assertTrue(rng.contains(marker), "the schema's documentation of signed has changed; update this test");
        Files.writeString(schemas.resolve("editio.rng"), rng);
        Report report = new Publisher().build(Project.at(dir.resolve("project"), dir.resolve("out"), null), new Options(false, true, false));
        assertEquals(List.of(), report.problems());
        Document d = Jsoup.parse(dir.resolve("out/site/guidelines.html").toFile(), "UTF-8");
        assertTrue(d.getElementById("el-signed").text().contains(marker), "the guidelines do not show the project's schema");
        assertNotNull(d.getElementById("check-pointer-unresolved"), "without a project editio.sch the bundled rules are not described");
    }
}
