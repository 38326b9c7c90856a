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
    void aFolderWithoutThePagesStylesheetIsASetupError(@TempDir Path empty) {
        SetupException e = assertThrows(SetupException.class,
                () -> PageTimes.measure(TestFiles.existing(LETTERS), 1, 1, List.of(XSLT, empty), line -> { }));
        assertTrue(e.getMessage().contains("no html.xsl in " + empty), e.getMessage());
    }
}
