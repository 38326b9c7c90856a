package org.editio.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.editio.TestFiles;
import org.editio.problem.Problem;
import org.editio.project.Project;
import org.junit.jupiter.api.Test;

/**
 * A Schnitzler letter whose back matter describes Olga Schnitzler with some four pages of dated events
 * (L04182): her entry under "Named in this document" was kept on one page, overflowed it, and the letter
 * got no PDF (content-overflow error). A long entry now breaks across pages like a paragraph, and so does
 * a long stanza.
 */
class LongEntityPdfTest {
    @Test
    void aLetterWithAnEntryLongerThanAPageGetsItsPdf() throws Exception {
        Path dir = Files.createTempDirectory("editio-long-entity");
        Path tei = Files.createDirectories(dir.resolve("project/tei"));
        Files.copy(TestFiles.existing(TestFiles.SHARED.resolve("corpus/schnitzler/letters/L04182.xml")), tei.resolve("L04182.xml"));
        Report report = new Publisher().build(Project.at(dir.resolve("project"), null, null), new Options(true, false, true));
        List<Problem> errors = report.problems().stream().filter(Problem::isError).toList();
        assertEquals(List.of(), errors);
        Path pdf = dir.resolve("project/output/pdf/L04182.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("Olga Schnitzler"), "her entry is in the PDF");
            assertTrue(doc.getNumberOfPages() >= 5, "her entry takes pages: " + doc.getNumberOfPages());
        }
    }

    /** The same for a stanza (lines kept together when short) of 150 lines. */
    @Test
    void aLetterWithAStanzaLongerThanAPageGetsItsPdf() throws Exception {
        Path dir = Files.createTempDirectory("editio-long-stanza");
        Path tei = Files.createDirectories(dir.resolve("project/tei"));
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 150; i++) {
            lines.append("<l>Line ").append(i).append(" of the poem</l>");
        }
        Files.writeString(tei.resolve("poem.xml"), "<TEI xmlns='http://www.tei-c.org/ns/1.0' xml:id='poem'><teiHeader><fileDesc>"
                + "<titleStmt><title>A poem</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p>"
                + "</sourceDesc></fileDesc></teiHeader><text><body><div><lg>" + lines + "</lg></div></body></text></TEI>");
        Report report = new Publisher().build(Project.at(dir.resolve("project"), null, null), new Options(true, false, true));
        assertEquals(List.of(), report.problems().stream().filter(Problem::isError).toList());
        try (PDDocument doc = Loader.loadPDF(dir.resolve("project/output/pdf/poem.pdf").toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Line 1 of the poem") && text.contains("Line 150 of the poem"), "every line is in the PDF");
        }
    }
}
