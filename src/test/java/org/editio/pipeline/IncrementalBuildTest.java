package org.editio.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.editio.TestFiles;
import org.editio.project.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that takes over what the previous one made gives the same bytes, in every file, as a build from
 * scratch; it makes again exactly what changed (seen in the files' inodes: a file taken over is a hard link
 * to the previous build's); a removed source takes its pages with it; a register edit reaches every page
 * that shows the entry.
 */
class IncrementalBuildTest {
    @TempDir
    Path tmp;

    private Path project() throws IOException {
        Path root = tmp.resolve("project");
        Files.createDirectories(root.resolve("tei"));
        Files.copy(TestFiles.existing(TestFiles.SAMPLE), root.resolve("tei/wilson-112037.xml"));
        Files.copy(TestFiles.existing(TestFiles.REGISTER), root.resolve("tei/register.xml"));
        return root;
    }

    private static Report build(Path root, Path out, Options options) {
        return new Publisher().build(Project.at(root, out, null), options);
    }

    /** Every published file (site/, pdf/ and the build's manifest) by relative path, with its bytes. */
    private static Map<String, byte[]> files(Path out) throws IOException {
        Map<String, byte[]> all = new TreeMap<>();
        for (String part : new String[] {"site", "pdf"}) {
            if (!Files.exists(out.resolve(part))) {
                continue;
            }
            Path dir = out.resolve(part).toRealPath();
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path f : s.filter(Files::isRegularFile).toList()) {
                    all.put(part + "/" + dir.relativize(f), Files.readAllBytes(f));
                }
            }
        }
        all.put(Manifest.PATH, Files.readAllBytes(out.resolve(Manifest.PATH)));
        return all;
    }

    /** Builds {@code root} afresh into {@code tmp/name} and checks that {@code out} holds the same files. */
    private void assertSameAsFresh(Path root, Path out, Options options, String name) throws IOException {
        Path fresh = tmp.resolve(name);
        build(root, fresh, options);
        assertSameFiles(fresh, out);
    }

    private static void assertSameFiles(Path expected, Path actual) throws IOException {
        Map<String, byte[]> e = files(expected);
        Map<String, byte[]> a = files(actual);
        java.util.Set<String> missing = new java.util.TreeSet<>(e.keySet());
        missing.removeAll(a.keySet());
        java.util.Set<String> extra = new java.util.TreeSet<>(a.keySet());
        extra.removeAll(e.keySet());
        assertEquals("missing [] extra []", "missing " + missing + " extra " + extra, "the same files");
        for (String f : e.keySet()) {
            assertTrue(Arrays.equals(e.get(f), a.get(f)), "same bytes in " + f);
        }
    }

    private static Object inode(Path f) throws IOException {
        return Files.getAttribute(f, "unix:ino");
    }

    private static void replace(Path f, String from, String to) throws IOException {
        String s = Files.readString(f, StandardCharsets.UTF_8);
        assertTrue(s.contains(from), f + " contains " + from);
        Files.writeString(f, s.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void anEditedDocumentIsMadeAgainAndTheRestTakenOver() throws IOException {
        Path root = project();
        Path out = tmp.resolve("out");
        Options all = Options.all(false);
        assertFalse(build(root, out, all).hasErrors());
        Object page = inode(out.resolve("site/wilson-112037.html"));

        // Nothing changed: every file is taken over, and the output is what it was.
        Map<String, byte[]> before = files(out);
        Report again = build(root, out, all);
        assertFalse(again.hasErrors());
        assertEquals(2, again.published());
        assertEquals(page, inode(out.resolve("site/wilson-112037.html")), "the unchanged page is taken over");
        Map<String, byte[]> after = files(out);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((f, bytes) -> assertTrue(Arrays.equals(bytes, after.get(f)), "unchanged " + f));

        // One word of the telegram changes: its page and PDF, the register's pages and the volume are made
        // again; the result is a fresh build's, byte for byte.
        replace(root.resolve("tei/wilson-112037.xml"), "Ciphered Telegram, Shtykov to Vyshinsky</title>",
                "Ciphered Telegram, Shtykov to Vyshinsky (test edit)</title>");
        assertFalse(build(root, out, all).hasErrors());
        assertNotEquals(page, inode(out.resolve("site/wilson-112037.html")), "the edited document's page is new");
        assertTrue(Files.readString(out.resolve("site/wilson-112037.html")).contains("(test edit)"));
        assertTrue(Files.readString(out.resolve("site/index.html")).contains("(test edit)"), "the home page lists the new title");
        assertSameAsFresh(root, out, all, "fresh");
    }

    @Test
    void ownPagesFirstTakesTheSharedPagesOverAndNamesThemUntilAPlainBuildCatchesUp() throws IOException {
        Path root = project();
        Path out = tmp.resolve("out");
        Options html = new Options(false, true, false);
        Project project = Project.at(root, out, null);
        Publisher publisher = new Publisher();
        assertFalse(publisher.build(project, html).hasErrors());
        Object page = inode(out.resolve("site/wilson-112037.html"));
        Object home = inode(out.resolve("site/index.html"));
        Object registerPage = inode(out.resolve("site/register/molotov.html"));

        replace(root.resolve("tei/wilson-112037.xml"), "Ciphered Telegram, Shtykov to Vyshinsky</title>",
                "Ciphered Telegram, Shtykov to Vyshinsky (test edit)</title>");
        Report first = publisher.buildOwnPagesFirst(project, html);
        assertFalse(first.hasErrors(), () -> first.problems().toString());
        assertNotEquals(page, inode(out.resolve("site/wilson-112037.html")), "the edited document's page is new");
        assertTrue(Files.readString(out.resolve("site/wilson-112037.html")).contains("(test edit)"));
        assertEquals(home, inode(out.resolve("site/index.html")), "the home page is the previous build's");
        assertEquals(registerPage, inode(out.resolve("site/register/molotov.html")), "so is the register's");
        for (String f : new String[] {"index.html", "search.html", "guidelines.html", "404.html", "sitemap.xml",
                "register.html", "register/molotov.html"}) {
            assertTrue(first.behind().contains(f), f + " is named behind: " + first.behind());
        }
        assertTrue(first.behind().stream().anyMatch(f -> f.startsWith("pagefind/")), "the search index is behind");
        assertFalse(first.behind().contains("wilson-112037.html"), "the document's own page is not");

        // The plain build right after makes what was behind: a fresh build's bytes, and nothing behind.
        Report caughtUp = publisher.build(project, html);
        assertEquals(List.of(), caughtUp.behind());
        assertTrue(Files.readString(out.resolve("site/index.html")).contains("(test edit)"), "the home page lists the new title");
        assertSameAsFresh(root, out, html, "fresh");

        // With the register itself edited, its pages are made at once.
        replace(root.resolve("tei/register.xml"), "<persName type=\"reg\">Molotov</persName>",
                "<persName type=\"reg\">Molotov (register test edit)</persName>");
        Report registerEdit = publisher.buildOwnPagesFirst(project, html);
        assertTrue(Files.readString(out.resolve("site/register/molotov.html")).contains("(register test edit)"));
        assertFalse(registerEdit.behind().contains("register/molotov.html"), () -> registerEdit.behind().toString());
    }

    @Test
    void aLargeEditionsSearchIndexIsMadeAgainOnlyInTheChangedDocumentsShard() throws IOException {
        Path root = tmp.resolve("letters");
        List<Path> letters = letters(root, SearchShards.DOCUMENTS_PER_SHARD * 2L + 10);
        Path out = tmp.resolve("out");
        Options html = new Options(true, true, false);
        Project project = Project.at(root, out, null);
        new Publisher().build(project, html);
        Path site = out.resolve("site").toRealPath();
        List<String> bundles = List.of("pagefind", "pagefind-1", "pagefind-2");
        for (String b : bundles) {
            assertTrue(Files.isRegularFile(site.resolve(b + "/pagefind-entry.json")), b + " is made");
        }
        assertEquals("[\"pagefind-1/\", \"pagefind-2/\"]", Files.readString(site.resolve("pagefind-shards.json")).strip());
        Map<String, Object> before = new TreeMap<>();
        for (String b : bundles) {
            before.put(b, inode(site.resolve(b + "/pagefind-entry.json")));
        }

        // One letter's text changes: the bundle that holds it is made again, the two others are taken over.
        Path edited = letters.get(letters.size() / 2);
        String text = Files.readString(edited, StandardCharsets.UTF_8);
        int p = text.indexOf("<p");
        int close = text.indexOf('>', p) + 1;
        Files.writeString(edited, text.substring(0, close) + "Zauberwortxyz " + text.substring(close), StandardCharsets.UTF_8);
        new Publisher().build(project, html);
        Path after = out.resolve("site").toRealPath();
        int remade = 0;
        for (String b : bundles) {
            if (!before.get(b).equals(inode(after.resolve(b + "/pagefind-entry.json")))) {
                remade++;
            }
        }
        assertEquals(1, remade, "only the edited letter's bundle is made again");
        assertSameAsFresh(root, out, html, "fresh");
    }

    /** A project of the first {@code n} Schnitzler letters (by name) in {@code root}/tei; their copies, in order. */
    private static List<Path> letters(Path root, long n) throws IOException {
        Path tei = Files.createDirectories(root.resolve("tei"));
        List<Path> letters;
        try (Stream<Path> s = Files.list(TestFiles.SHARED.resolve("corpus/schnitzler/letters"))) {
            letters = s.filter(f -> f.toString().endsWith(".xml")).sorted().limit(n).toList();
        }
        List<Path> copies = new java.util.ArrayList<>();
        for (Path f : letters) {
            copies.add(Files.copy(f, tei.resolve(f.getFileName())));
        }
        return copies;
    }

    /** The first paragraph's opening tag in {@code f} gets {@code words} after it (text only, no new element). */
    private static void addWords(Path f, String words) throws IOException {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        int p = text.indexOf("<p");
        int close = text.indexOf('>', p) + 1;
        Files.writeString(f, text.substring(0, close) + words + text.substring(close), StandardCharsets.UTF_8);
    }

    @Test
    void theGuidelinesPageIsMadeAgainWhenTheStructureOrAnExamplesDocumentChanges() throws IOException {
        Path root = tmp.resolve("letters");
        Path tei = root.resolve("tei");
        List<Path> letters = letters(root, 30);
        Path out = tmp.resolve("out");
        Options html = new Options(true, true, false);
        Project project = Project.at(root, out, null);
        new Publisher().build(project, html);
        Map<String, String> sources = Manifest.read(out, root).guidelines().sources();
        assertFalse(sources.isEmpty(), "the examples come from some letters");
        Path example = tei.resolve(sources.keySet().iterator().next());
        Path other = letters.stream().map(f -> tei.resolve(f.getFileName()))
                .filter(f -> !sources.containsKey(f.getFileName().toString())).findFirst().orElseThrow();
        Object guidelines = inode(out.resolve("site/guidelines.html"));
        // Nothing changed: the letters' counts for the guidelines page stay beside the manifest.
        assertFalse(new Publisher().build(project, html).hasErrors());
        assertTrue(Files.isRegularFile(out.resolve(UsesFile.PATH)), "the counts are kept by a build that changed nothing");

        // Words in a letter no example comes from: the page is taken over, and is what a fresh build makes.
        addWords(other, "Zauberwortxyz ");
        assertFalse(new Publisher().build(project, html).hasErrors());
        assertEquals(guidelines, inode(out.resolve("site/guidelines.html")), "text edits elsewhere keep the page");
        assertSameAsFresh(root, out, html, "fresh1");

        // Words in a letter an example comes from: made again.
        addWords(example, "Zauberwortabc ");
        assertFalse(new Publisher().build(project, html).hasErrors());
        Object afterExample = inode(out.resolve("site/guidelines.html"));
        assertNotEquals(guidelines, afterExample, "an example's letter changed");
        assertSameAsFresh(root, out, html, "fresh2");

        // One more paragraph in a letter no example comes from: the counts change, the page is made again.
        String before = Files.readString(out.resolve("site/guidelines.html"));
        replace(other, "</p>", "</p><p>Zusatz</p>");
        assertFalse(new Publisher().build(project, html).hasErrors(), "the page is made from the kept counts and the examples' letters");
        assertNotEquals(afterExample, inode(out.resolve("site/guidelines.html")), "the structure changed");
        assertNotEquals(before, Files.readString(out.resolve("site/guidelines.html")), "one more use of p is counted");
        assertSameAsFresh(root, out, html, "fresh3");
    }

    @Test
    void theHomePageIsMadeAgainOnlyWhenWhatItShowsOfADocumentChanges() throws IOException {
        Path root = project();
        Path out = tmp.resolve("out");
        Options html = new Options(false, true, false);
        assertFalse(build(root, out, html).hasErrors());
        Object home = inode(out.resolve("site/index.html"));

        // Words in the body: the document's page is new, the home page is taken over.
        Object page = inode(out.resolve("site/wilson-112037.html"));
        replace(root.resolve("tei/wilson-112037.xml"), "about issuing a loan", "about issuing a loan (test edit)");
        assertFalse(build(root, out, html).hasErrors());
        assertNotEquals(page, inode(out.resolve("site/wilson-112037.html")));
        assertEquals(home, inode(out.resolve("site/index.html")), "the home page shows nothing of the body");
        assertSameAsFresh(root, out, html, "fresh1");

        // The title, the summary (abstract) and the editorial principles: made again, showing the change.
        String[][] edits = {
            {"Ciphered Telegram, Shtykov to Vyshinsky</title>", "Ciphered Telegram, Shtykov to Vyshinsky (title edit)</title>", "(title edit)"},
            {"<abstract>", "<abstract><p>Summary edit.</p>", "Summary edit."},
            {"<editorialDecl>", "<editorialDecl><p>Principle edit.</p>", "Principle edit."},
        };
        int n = 2;
        for (String[] e : edits) {
            Object before = inode(out.resolve("site/index.html"));
            replace(root.resolve("tei/wilson-112037.xml"), e[0], e[1]);
            Report r = build(root, out, html);
            assertNotEquals(before, inode(out.resolve("site/index.html")), e[2]);
            assertTrue(Files.readString(out.resolve("site/index.html")).contains(e[2]), e[2] + " on the home page: " + r.problems());
            assertSameAsFresh(root, out, html, "fresh" + n++);
        }
    }

    @Test
    void aRemovedSourceTakesItsPagesWithIt() throws IOException {
        Path root = project();
        Path copy = root.resolve("tei/second.xml");
        Files.copy(TestFiles.SAMPLE, copy);
        replace(copy, "xml:id=\"wilson-112037\"", "xml:id=\"second-copy\"");
        Path out = tmp.resolve("out");
        Options html = new Options(false, true, false);
        Report first = build(root, out, html);
        assertFalse(first.hasErrors(), () -> first.problems().toString());
        assertTrue(Files.exists(out.resolve("site/second-copy.html")));
        assertTrue(Files.exists(out.resolve("site/tei/second.xml")));

        // A word in the body of one document: its page is made again, the other document's is taken over.
        Object other = inode(out.resolve("site/wilson-112037.html"));
        Object edited = inode(out.resolve("site/second-copy.html"));
        replace(copy, "about issuing a loan", "about issuing a loan (test edit)");
        assertFalse(build(root, out, html).hasErrors());
        assertEquals(other, inode(out.resolve("site/wilson-112037.html")), "the unchanged document's page is taken over");
        assertNotEquals(edited, inode(out.resolve("site/second-copy.html")), "the edited document's page is new");
        assertTrue(Files.readString(out.resolve("site/second-copy.html")).contains("(test edit)"));

        Files.delete(copy);
        assertFalse(build(root, out, html).hasErrors());
        assertFalse(Files.exists(out.resolve("site/second-copy.html")), "the removed document's page is gone");
        assertFalse(Files.exists(out.resolve("site/tei/second.xml")), "and its source");
        assertFalse(Files.readString(out.resolve("site/index.html")).contains("second-copy"), "the home page forgot it");
        assertSameAsFresh(root, out, html, "fresh");
    }

    @Test
    void aRegisterEditReachesEveryPageThatShowsTheEntry() throws IOException {
        Path root = project();
        Path out = tmp.resolve("out");
        Options html = new Options(false, true, false);
        assertFalse(build(root, out, html).hasErrors());
        String marker = "Molotov (register test edit)";
        assertFalse(Files.readString(out.resolve("site/wilson-112037.html")).contains(marker));

        replace(root.resolve("tei/register.xml"), "<persName type=\"reg\">Molotov</persName>",
                "<persName type=\"reg\">" + marker + "</persName>");
        assertFalse(build(root, out, html).hasErrors());
        for (String page : new String[] {"wilson-112037.html", "register.html", "register/molotov.html"}) {
            assertTrue(Files.readString(out.resolve("site/" + page)).contains(marker), page + " shows the new name");
        }
        assertSameAsFresh(root, out, html, "fresh");
    }

    @Test
    void aChangedOptionOrStylesheetMeansAFullBuild() throws IOException {
        Path root = project();
        Path out = tmp.resolve("out");
        Options html = new Options(false, true, false);
        build(root, out, html);
        Object page = inode(out.resolve("site/wilson-112037.html"));
        // The project gets its own copy of a stylesheet asset: the fingerprint changes, nothing is taken over.
        Path xslt = root.resolve("xslt");
        Files.createDirectories(xslt);
        try (Stream<Path> s = Files.walk(TestFiles.REPO.resolve("xslt"))) {
            for (Path f : s.toList()) {
                Path target = xslt.resolve(TestFiles.REPO.resolve("xslt").relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        Files.writeString(xslt.resolve("assets/editio.css"), "\n/* changed */\n", java.nio.file.StandardOpenOption.APPEND);
        build(root, out, html);
        assertNotEquals(page, inode(out.resolve("site/wilson-112037.html")), "a stylesheet change makes every page again");
        assertTrue(Files.readString(out.resolve("site/assets/editio.css")).contains("/* changed */"));
    }

    @Test
    void aBrokenSourceKeepsItsLastGoodPagesUntilItIsCorrectedOrRemoved() throws IOException {
        Path root = project();
        Path out = tmp.resolve("out");
        Options html = new Options(false, true, false);
        assertFalse(build(root, out, html).hasErrors());
        Path page = out.resolve("site/wilson-112037.html");
        byte[] good = Files.readAllBytes(page);
        Path source = root.resolve("tei/wilson-112037.xml");
        String original = Files.readString(source);

        // Half-typed: not well-formed. The build reports it and keeps the published page as it was.
        Files.writeString(source, original.replace("</opener>", "</opene"));
        Report broken = build(root, out, html);
        assertTrue(broken.hasErrors());
        assertTrue(broken.problems().stream().anyMatch(p -> p.code().equals("xml-malformed")), broken.problems().toString());
        assertTrue(broken.problems().stream().anyMatch(p -> p.code().equals("kept-last-good")
                && p.file().endsWith("wilson-112037.xml")), broken.problems().toString());
        assertTrue(Arrays.equals(good, Files.readAllBytes(page)), "the last good page is still served");
        assertTrue(Files.readString(out.resolve("site/index.html")).contains("wilson-112037.html"), "and listed");

        // Still broken at the next build (now invalid, not malformed): still kept.
        Files.writeString(source, original.replace("<salute>", "<salute><bogus/>"));
        assertTrue(build(root, out, html).hasErrors());
        assertTrue(Arrays.equals(good, Files.readAllBytes(page)), "kept again");

        // Corrected: made again, as a fresh build makes it.
        Files.writeString(source, original);
        assertFalse(build(root, out, html).hasErrors());
        assertSameAsFresh(root, out, html, "fresh");

        // Broken and then removed: the pages go.
        Files.writeString(source, original.replace("</opener>", "</opene"));
        build(root, out, html);
        Files.delete(source);
        build(root, out, html);
        assertFalse(Files.exists(page), "a removed source takes its kept pages with it");
    }

    @Test
    void aNewBrokenSourceHasNoPage() throws IOException {
        Path root = project();
        Path out = tmp.resolve("out");
        Options html = new Options(false, true, false);
        build(root, out, html);
        Files.writeString(root.resolve("tei/new.xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:id=\"new-doc\"><teiHeader/>");
        Report r = build(root, out, html);
        assertTrue(r.hasErrors());
        assertFalse(r.problems().stream().anyMatch(p -> p.code().equals("kept-last-good")));
        assertFalse(Files.exists(out.resolve("site/new-doc.html")));
        assertTrue(Files.exists(out.resolve("site/wilson-112037.html")), "the valid document is still published");
    }

    @Test
    void aDocumentIsCheckedAgainWhenTheRegisterItPointsToChanges() throws IOException {
        Path root = project();
        Path out = tmp.resolve("out");
        Options html = new Options(false, true, false);
        assertFalse(build(root, out, html).hasErrors());
        // The telegram is unchanged, but the register entry it points to is renamed away.
        replace(root.resolve("tei/register.xml"), "<person xml:id=\"molotov\">", "<person xml:id=\"molotov-renamed\">");
        Report again = build(root, out, html);
        Report fresh = build(root, tmp.resolve("fresh"), html);
        java.util.function.Function<Report, List<String>> located = r -> r.problems().stream()
                .filter(p -> !p.code().equals("kept-last-good"))
                .map(p -> p.code() + " " + p.file().getFileName() + ":" + p.line() + ":" + p.column()).toList();
        assertTrue(located.apply(fresh).stream().anyMatch(p -> p.startsWith("pointer-unresolved wilson-112037.xml")), located.apply(fresh).toString());
        assertEquals(located.apply(fresh), located.apply(again), "the incremental build reports what a fresh one does");
    }
}
