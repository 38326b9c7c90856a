package org.editio.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.editio.SourceSentences;
import org.editio.TestFiles;
import org.editio.project.Project;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PDF of the features test document (site-cases/features.xml: editorial notes with @n, an apparatus
 * with witnesses A and B, margin notes) read back with PDFBox; its pages and the sample's are kept as PNG
 * in target/pdf-pages/ for people to look at.
 */
class PdfCriticalEditionTest {
    private static final Path CASES = TestFiles.REPO.resolve("src/test/resources/site-cases");
    private static final Path PAGES = TestFiles.REPO.resolve("target/pdf-pages");
    private static Path pdf;
    private static List<String> pages;
    /** The same text with white space folded only (brackets kept). */
    private static List<String> raw;

    @BeforeAll
    static void build() throws IOException {
        Path dir = Files.createTempDirectory("editio-features-pdf");
        Path tei = Files.createDirectories(dir.resolve("project/tei"));
        Files.copy(TestFiles.existing(CASES.resolve("features.xml")), tei.resolve("features.xml"));
        Files.copy(CASES.resolve("register.xml"), tei.resolve("register.xml"));
        Report report = new Publisher().build(Project.at(dir.resolve("project"), null, null), new Options(true, false, true));
        assertTrue(report.problems().stream().noneMatch(p -> p.isError()), report.problems().toString());
        pdf = dir.resolve("project/output/pdf/features.pdf");
        pages = new ArrayList<>();
        raw = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                String text = stripper.getText(doc);
                pages.add(SourceSentences.normalise(text));
                raw.add(text.replaceAll("\\s+", " "));
            }
        }
    }

    private static int pageOf(String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("not in the PDF: " + text);
    }

    @Test
    void editorialNotesAreFootnotesOnThePageOfTheirReferenceNumberedAsEncoded() {
        int note = pageOf("The editor corrects the spelling");
        assertTrue(pages.get(note).matches(".*\\b4 The editor corrects the spelling.*"), "note 4 is not numbered 4: " + pages.get(note));
        assertEquals(pageOf("equipment be"), note, "note 4 is not on the page of its passage");
        int other = pageOf("dates the journey a month later");
        assertTrue(pages.get(other).contains("5 Witness"), "note 5 is not numbered 5");
    }

    @Test
    void theApparatusGivesLemmaReadingAndSigla() {
        String all = String.join(" ", raw);
        assertTrue(all.contains("train] A; air B"), "no apparatus entry 'train] A; air B' in: " + all);
        assertTrue(all.contains("April] A B; May B"), "no apparatus entry 'April] A B; May B'");
        int apparatus = pageOf("train A; air B");
        assertEquals(pageOf("travel by train"), apparatus, "the apparatus entry is not on the page of its lemma");
    }

    @Test
    void marginNotesNameTheirHand() {
        assertTrue(String.join(" ", pages).toUpperCase().contains("MOLOTOV"), "the hand is not named");
        assertTrue(String.join(" ", pages).contains("agreed"));
    }

    @Test
    void pagesAreKeptAsPictures() throws IOException {
        Files.createDirectories(PAGES);
        List<Path> written = new ArrayList<>();
        for (Path p : List.of(pdf, SampleBuild.output().resolve("pdf/wilson-112037.pdf"), SampleBuild.output().resolve("pdf/edition.pdf"))) {
            try (PDDocument doc = Loader.loadPDF(p.toFile())) {
                PDFRenderer renderer = new PDFRenderer(doc);
                for (int i = 0; i < doc.getNumberOfPages(); i++) {
                    BufferedImage image = renderer.renderImageWithDPI(i, 60, ImageType.RGB);
                    Path png = PAGES.resolve(p.getFileName().toString().replace(".pdf", "") + "-" + (i + 1) + ".png");
                    ImageIO.write(image, "png", png.toFile());
                    written.add(png);
                }
            }
        }
        assertTrue(written.size() >= 5, "too few pages rendered: " + written);
    }
}
