package org.editio.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.editio.TestFiles;
import org.editio.problem.SetupException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pages' stylesheet timed alone: every folder makes the same pages, pass after pass; no timing is asserted. */
class PageTimesTest {
    private static final Path LETTERS = TestFiles.SHARED.resolve("corpus/schnitzler/letters");
    private static final Path XSLT = TestFiles.REPO.resolve("xslt");

    @Test
    void eachFolderMakesTheSamePagesInTurn() {
        List<String> progress = new ArrayList<>();
        List<PageTimes.Figure> figures = PageTimes.measure(TestFiles.existing(LETTERS), 3, 2, List.of(XSLT, XSLT), progress::add);
        assertEquals(2, figures.size());
        for (PageTimes.Figure f : figures) {
            assertEquals(3, f.documents());
            assertEquals(2, f.passes().seconds().size());
            assertTrue(f.passes().seconds().stream().allMatch(s -> s > 0), f.toString());
        }
        // two passes not counted, then two counted
        assertEquals(4, progress.size(), progress.toString());
        String table = PageTimes.table(figures);
        assertEquals(3, table.lines().count(), table);
        assertTrue(table.lines().skip(1).allMatch(l -> l.contains(XSLT.toString()) && l.contains("3 pages")), table);
    }

    @Test
    void aProfileCountsTheTemplatesAndFunctionsOfTheCountedPassesOnly() {
        List<String> progress = new ArrayList<>();
        PageTimes.Profile p = PageTimes.profile(TestFiles.existing(LETTERS), 3, 2, XSLT, progress::add);
        assertEquals(3, p.pages());
        assertEquals(4, progress.size(), progress.toString());
        // html_page.xsl: the root template and the document's page, once per page and counted pass
        TemplateTimes.Entry root = entry(p, "match /");
        assertEquals(6, root.calls(), root.toString());
        assertTrue(root.where().startsWith("html_page.xsl:"), root.toString());
        assertEquals(6, entry(p, "template ep:document-page").calls());
        // the page's time with what it calls is everything else's: no entry's gross time exceeds the root's,
        // and all net times add up to it
        long net = 0;
        for (TemplateTimes.Entry e : p.entries()) {
            assertTrue(e.netNanos() >= 0 && e.netNanos() <= e.grossNanos(), e.toString());
            assertTrue(e.grossNanos() <= root.grossNanos(), e.toString());
            assertTrue(!e.what().contains("Q{") && e.what().length() <= TemplateTimes.LONGEST, e.what());
            net += e.netNanos();
        }
        assertEquals(root.grossNanos(), net);
        assertTrue(p.entries().stream().anyMatch(e -> e.what().startsWith("function ep:") && e.calls() > 0), p.entries().toString());
        String table = PageTimes.profileTable(p, 5);
        assertEquals(2 + 5, table.lines().count(), table);
        assertTrue(table.contains("3 pages made 2 times"), table);
    }

    private static TemplateTimes.Entry entry(PageTimes.Profile p, String what) {
        return p.entries().stream().filter(e -> e.what().equals(what)).findFirst()
                .orElseThrow(() -> new AssertionError(what + " not in " + p.entries()));
    }

    @Test
    void aFolderWithoutThePagesStylesheetIsASetupError(@TempDir Path empty) {
        SetupException e = assertThrows(SetupException.class,
                () -> PageTimes.measure(TestFiles.existing(LETTERS), 1, 1, List.of(XSLT, empty), line -> { }));
        assertTrue(e.getMessage().contains("no html.xsl in " + empty), e.getMessage());
    }
}
