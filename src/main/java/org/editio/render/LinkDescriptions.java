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
 * Completes what PDF/UA-1 asks and FOP leaves out: every link annotation carries an alternative description
 * ({@code /Contents}; FOP writes one only for links to URLs, from {@code fox:alt-text}), so links inside the
 * document get "Go to …" with their own text; and every {@code Note} structure element (FOP's footnotes)
 * has an {@code /ID}. Written as an incremental update, so FOP's bytes stay as they are and only the
 * changed objects are appended. Stateless.
 */
final class LinkDescriptions {
    private LinkDescriptions() {
    }

    /** Gives each Note structure element without one a unique ID; returns how many it changed. */
    private static int identifyNotes(PDDocument doc) {
        var root = doc.getDocumentCatalog().getStructureTreeRoot();
        if (root == null) {
            return 0;
        }
        int[] n = {0};
        java.util.Deque<Object> todo = new java.util.ArrayDeque<>(root.getKids());
        while (!todo.isEmpty()) {
            Object kid = todo.pop();
            if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                if ("Note".equals(e.getStructureType()) && (e.getElementIdentifier() == null || e.getElementIdentifier().isEmpty())) {
                    e.setElementIdentifier("editio-note-" + (++n[0]));
                    e.getCOSObject().setNeedToBeUpdated(true);
                }
                todo.addAll(e.getKids());
            }
        }
        return n[0];
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
            int notes = identifyNotes(doc);
            if (bare.isEmpty() && notes == 0) {
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
