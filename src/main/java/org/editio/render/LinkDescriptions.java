package org.editio.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/**
 * Completes what PDF/UA-1 asks and FOP leaves out: every link annotation carries an alternative description
 * ({@code /Contents}; FOP writes one only for links to URLs, from {@code fox:alt-text}), so links inside the
 * document get the description ArchivalFo gave their Link structure element ("Go to" and their text), or,
 * when their text was a page number, "Go to" and the text laid out in their rectangle; and every {@code Note} structure element (FOP's footnotes)
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
            Map<Integer, COSDictionary> structParents = structParents(doc);
            // FOP gives links to the same destination one action, and with it the Link element of the last
            // of them: an element shared so describes only one of its links for sure.
            Map<COSDictionary, Integer> shared = new java.util.IdentityHashMap<>();
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    COSDictionary e = a instanceof PDAnnotationLink ? structParents.get(a.getStructParent()) : null;
                    if (e != null) {
                        shared.merge(e, 1, Integer::sum);
                    }
                }
            }
            List<PDAnnotationLink> bare = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                PDFTextStripperByArea stripper = null;
                List<PDAnnotationLink> fromPage = new ArrayList<>();
                for (PDAnnotation a : page.getAnnotations()) {
                    if (!(a instanceof PDAnnotationLink link) || (link.getContents() != null && !link.getContents().isBlank())) {
                        continue;
                    }
                    COSDictionary element = structParents.get(link.getStructParent());
                    String alt = element == null ? null : element.getString(COSName.ALT);
                    if (alt != null && !alt.isBlank() && !alt.equals(ArchivalFo.UNKNOWN_PLACE) && shared.get(element) == 1) {
                        bare.add(link);
                        texts.add(alt);
                        continue;
                    }
                    // No description of its own (its text is a page number, its element is shared, or the
                    // FO did not pass through ArchivalFo): the text laid out in its rectangle.
                    if (stripper == null) {
                        stripper = new PDFTextStripperByArea();
                    }
                    var r = link.getRectangle();
                    float height = page.getMediaBox().getHeight();
                    stripper.addRegion("l" + fromPage.size(), new java.awt.geom.Rectangle2D.Float(
                            r.getLowerLeftX(), height - r.getUpperRightY(), r.getWidth(), r.getHeight()));
                    fromPage.add(link);
                }
                if (stripper != null) {
                    stripper.extractRegions(page);
                    for (int i = 0; i < fromPage.size(); i++) {
                        String text = stripper.getTextForRegion("l" + i).strip().replaceAll("\\s+", " ");
                        bare.add(fromPage.get(i));
                        texts.add(text.isEmpty() ? "Go to another place in this document" : "Go to " + text);
                    }
                }
            }
            int notes = identifyNotes(doc);
            if (bare.isEmpty() && notes == 0) {
                return pdf;
            }
            for (int i = 0; i < bare.size(); i++) {
                bare.get(i).setContents(texts.get(i));
                bare.get(i).getCOSObject().setNeedToBeUpdated(true);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 4096);
            doc.saveIncremental(out);
            return out.toByteArray();
        }
    }

    /**
     * The structure elements of the parent tree by key: a link annotation's {@code /StructParent} names
     * its Link element, which has FOP's {@code /Alt} (from {@code fox:alt-text}).
     */
    private static Map<Integer, COSDictionary> structParents(PDDocument doc) {
        Map<Integer, COSDictionary> found = new HashMap<>();
        var root = doc.getDocumentCatalog().getStructureTreeRoot();
        if (root == null || !(root.getCOSObject().getDictionaryObject(COSName.PARENT_TREE) instanceof COSDictionary tree)) {
            return found;
        }
        java.util.Deque<COSDictionary> todo = new java.util.ArrayDeque<>(List.of(tree));
        java.util.Set<COSDictionary> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!todo.isEmpty()) {
            COSDictionary node = todo.pop();
            if (!seen.add(node)) {
                continue;
            }
            if (node.getDictionaryObject(COSName.NUMS) instanceof COSArray nums) {
                for (int i = 0; i + 1 < nums.size(); i += 2) {
                    if (nums.getObject(i) instanceof COSInteger key && nums.getObject(i + 1) instanceof COSDictionary element) {
                        found.put(key.intValue(), element);
                    }
                }
            }
            if (node.getDictionaryObject(COSName.KIDS) instanceof COSArray kids) {
                for (int i = 0; i < kids.size(); i++) {
                    if (kids.getObject(i) instanceof COSDictionary kid) {
                        todo.push(kid);
                    }
                }
            }
        }
        return found;
    }
}
