package org.editio.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.editio.SourceSentences;
import org.editio.TestFiles;
import org.editio.problem.Problem;
import org.editio.project.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled fonts cover Latin, Cyrillic and Greek (Liberation) and, for what Liberation lacks, DejaVu's symbols; a
 * character none of them has fails that document's PDF
 * with a located problem, while the other documents still render.
 */
class PdfScriptsTest {
    @TempDir
    Path dir;

    private Path project(String id, String insertion) throws IOException {
        Path tei = Files.createDirectories(dir.resolve("project/tei"));
        Files.copy(TestFiles.REGISTER, tei.resolve("register.xml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String text = Files.readString(TestFiles.SAMPLE)
                .replace("xml:id=\"wilson-112037\"", "xml:id=\"" + id + "\"")
                .replace("in this telegram.</p>", "in this telegram. " + insertion + "</p>");
        Files.writeString(tei.resolve(id + ".xml"), text);
        return dir.resolve("project");
    }

    @Test
    void cyrillicAndGreekAreSetWithEmbeddedGlyphs() throws IOException {
        Path root = project("scripts", "Штыков — Вышинскому; λόγος.");
        Report report = new Publisher().build(Project.at(root, null, null), new Options(false, false, true));
        assertEquals(List.of(), report.problems());
        try (PDDocument pdf = Loader.loadPDF(root.resolve("output/pdf/scripts.pdf").toFile())) {
            String text = SourceSentences.normalise(new PDFTextStripper().getText(pdf));
            assertTrue(text.contains("Штыков — Вышинскому; λόγος."), "Cyrillic or Greek lost in the PDF");
            assertFalse(text.contains("#"), "a # stands in for a missing glyph");
        }
    }

    /**
     * A character the Liberation fonts lack but DejaVu has ("⋅" U+22C5, 46 times in 24 Schnitzler letters, which got
     * no PDF before) is set in DejaVu, embedded, and the PDF is still PDF/A-2b; the rest stays in Liberation.
     */
    @Test
    void aCharacterLiberationLacksIsSetInDejaVu() throws Exception {
        Path root = project("fallback", "Tagebuch Berlin ⋅ Fernsprecher: Merkur 8790–8792.");
        Report report = new Publisher().build(Project.at(root, null, null), new Options(false, false, true));
        assertEquals(List.of(), report.problems());
        Path pdf = root.resolve("output/pdf/fallback.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = SourceSentences.normalise(new PDFTextStripper().getText(doc));
            assertTrue(text.contains("Tagebuch Berlin ⋅ Fernsprecher"), "the dot operator is lost in the PDF");
            java.util.Set<String> fonts = new java.util.TreeSet<>();
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    var font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                    fonts.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
                }
            }
            assertTrue(fonts.contains("DejaVuSerif"), "no DejaVu Serif for the dot operator: " + fonts);
            assertTrue(fonts.contains("LiberationSerif"), "the text left Liberation Serif: " + fonts);
        }
        org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider.initialise();
        PdfStandardsTest.assertCompliant(pdf, org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_B);
    }

    @Test
    void aMissingGlyphFailsOnlyThatDocumentWithItsLocation() throws IOException {
        Path root = project("missing", "漢");
        project("fine", "");
        Report report = new Publisher().build(Project.at(root, null, null), new Options(false, false, true));
        List<Problem> glyphs = report.problems().stream().filter(p -> p.code().equals("glyph-missing")).toList();
        assertFalse(glyphs.isEmpty(), report.problems().toString());
        Problem p = glyphs.get(0);
        assertTrue(p.file().endsWith("missing.xml"), p.toString());
        List<String> lines = Files.readAllLines(root.resolve("tei/missing.xml"));
        assertEquals('漢', lines.get(p.line() - 1).charAt(p.column() - 1), "the problem does not point at the character");
        assertFalse(Files.exists(root.resolve("output/pdf/missing.pdf")), "a PDF with a missing glyph was published");
        assertTrue(Files.isRegularFile(root.resolve("output/pdf/fine.pdf")), "the other document was not rendered");
        assertTrue(report.hasErrors());
    }

    @Test
    void contentThatOverflowsItsColumnFailsTheDocument() throws IOException {
        Path root = project("overflow", "W".repeat(400));
        Report report = new Publisher().build(Project.at(root, null, null), new Options(false, false, true));
        List<Problem> overflows = report.problems().stream().filter(p -> p.code().equals("content-overflow")).toList();
        assertFalse(overflows.isEmpty(), report.problems().toString());
        Problem p = overflows.get(0);
        assertTrue(p.file().endsWith("overflow.xml"), p.toString());
        List<String> lines = Files.readAllLines(p.file());
        assertTrue(p.line() > 0, "not located in the TEI: " + p);
        assertTrue(lines.get(p.line() - 1).substring(p.column() - 1).startsWith("<p xml:id=\"p-orders\""),
                "does not point at the paragraph that overflows: " + p);
        assertFalse(Files.exists(root.resolve("output/pdf/overflow.pdf")), "a PDF with clipped content was published");
    }
}
