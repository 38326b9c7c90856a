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
 * got no PDF (content-overflow error). A long entry now breaks across pages like a paragraph.
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
}
