package org.editio.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/**
 * PDF/UA wants every link annotation to carry an alternative description ({@code /Contents}); FOP writes
 * one only for links to URLs ({@code fox:alt-text}), not for links inside the document. This adds
 * "Go to …" with the link's own text to those, as an incremental update, so FOP's bytes stay as they are
 * and only new objects are appended. Stateless.
 */
final class LinkDescriptions {
    private LinkDescriptions() {
    }

    static byte[] apply(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDAnnotationLink> bare = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                PDFTextStripperByArea stripper = null;
                List<PDAnnotationLink> onPage = new ArrayList<>();
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link && (link.getContents() == null || link.getContents().isBlank())) {
                        if (stripper == null) {
                            stripper = new PDFTextStripperByArea();
                        }
                        var r = link.getRectangle();
                        float height = page.getMediaBox().getHeight();
                        stripper.addRegion("l" + onPage.size(), new java.awt.geom.Rectangle2D.Float(
                                r.getLowerLeftX(), height - r.getUpperRightY(), r.getWidth(), r.getHeight()));
                        onPage.add(link);
                    }
                }
                if (stripper != null) {
                    stripper.extractRegions(page);
                    for (int i = 0; i < onPage.size(); i++) {
                        bare.add(onPage.get(i));
                        texts.add(stripper.getTextForRegion("l" + i).strip().replaceAll("\\s+", " "));
                    }
                }
            }
            if (bare.isEmpty()) {
                return pdf;
            }
            for (int i = 0; i < bare.size(); i++) {
                String text = texts.get(i);
                bare.get(i).setContents(text.isEmpty() ? "Go to another place in this document" : "Go to " + text);
                bare.get(i).getCOSObject().setNeedToBeUpdated(true);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 4096);
            doc.saveIncremental(out);
            return out.toByteArray();
        }
    }
}
