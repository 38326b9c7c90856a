package org.editio.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.editio.SourceSentences;
import org.editio.TestFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample's PDF read back with PDFBox: the text, the fonts, and where the margin notes stand. */
class PdfOutputTest {
    private static Path pdf;

    @BeforeAll
    static void build() {
        pdf = SampleBuild.output().resolve("pdf/wilson-112037.pdf");
    }

    @Test
    void keepsEverySentenceOfTheSource() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = SourceSentences.normalise(withoutRunningHeads(new PDFTextStripper().getText(doc)));
            for (String sentence : SourceSentences.of(TestFiles.SOURCE_TEXT)) {
                assertTrue(text.contains(sentence), "missing from the PDF: " + sentence);
            }
            assertTrue(text.contains("give an answer today"));
        }
    }

    /** Running heads and page numbers interrupt sentences that cross a page break: drop those lines. */
    private static String withoutRunningHeads(String text) {
        return text.lines().filter(l -> !l.strip().matches("\\d+ / \\d+") && !l.contains("Editio sample edition, version"))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    @Test
    void embedsOnlyTheBundledFonts() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> fonts = new ArrayList<>();
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    fonts.add(f.getName());
                    assertTrue(f.isEmbedded(), f.getName() + " is not embedded");
                }
            }
            assertTrue(fonts.stream().allMatch(n -> n.contains("Liberation")), fonts.toString());
        }
    }

    @Test
    void marginNotesStandInTheMarginLevelWithTheirTargets() throws IOException {
        Layout layout = Layout.of(pdf);
        assertNoteBeside(layout, "it is possible", "Can they adopt a central committee decision");
        assertNoteBeside(layout, "we don't object", "Kim Il Sung further communicated");
        assertNoteBeside(layout, "let him write it", "Kim Il Sung reported that he had commissioned");
    }

    @Test
    void hasTitleMetadata() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals("Ciphered Telegram, Shtykov to Vyshinsky", doc.getDocumentInformation().getTitle());
        }
    }

    private static void assertNoteBeside(Layout layout, String note, String target) {
        Layout.Hit n = layout.find(note);
        Layout.Hit t = layout.find(target);
        float textRight = layout.rightEdgeOf("I ask your orders about what to answer");
        assertEquals(t.page(), n.page(), note + " is not on the page of its target");
        assertTrue(n.x() > textRight, note + " (x=" + n.x() + ") is not outside the text column (right edge " + textRight + ")");
        assertTrue(Math.abs(n.y() - t.y()) < 30, note + " (y=" + n.y() + ") is not level with its target (y=" + t.y() + ")");
    }

    /** Every glyph's page and position, searchable by text. */
    record Layout(List<List<TextPosition>> pages) {
        record Hit(int page, float x, float y) {
        }

        static Layout of(Path pdf) throws IOException {
            List<List<TextPosition>> pages = new ArrayList<>();
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) {
                        pages.get(getCurrentPageNo() - 1).addAll(positions);
                    }
                };
                for (int i = 0; i < doc.getNumberOfPages(); i++) {
                    pages.add(new ArrayList<>());
                }
                stripper.getText(doc);
            }
            return new Layout(pages);
        }

        Hit find(String needle) {
            for (int p = 0; p < pages.size(); p++) {
                StringBuilder sb = new StringBuilder();
                List<TextPosition> glyphs = pages.get(p);
                List<Integer> index = new ArrayList<>();
                for (int i = 0; i < glyphs.size(); i++) {
                    String u = glyphs.get(i).getUnicode().replace('\u2019', '\'');
                    sb.append(u);
                    for (int k = 0; k < u.length(); k++) {
                        index.add(i);
                    }
                }
                int at = sb.indexOf(needle);
                if (at >= 0) {
                    TextPosition g = glyphs.get(index.get(at));
                    return new Hit(p, g.getXDirAdj(), g.getYDirAdj());
                }
            }
            throw new AssertionError("not in the PDF: " + needle);
        }

        /** The right edge of the line holding {@code needle}: a full line of a paragraph without margin notes. */
        float rightEdgeOf(String needle) {
            Hit h = find(needle);
            float right = 0;
            for (TextPosition g : pages.get(h.page())) {
                if (Math.abs(g.getYDirAdj() - h.y()) < 1) {
                    right = Math.max(right, g.getXDirAdj() + g.getWidthDirAdj());
                }
            }
            return right;
        }
    }
}
