package org.editio.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.fop.events.Event;
import org.apache.fop.events.EventFormatter;
import org.apache.fop.events.EventListener;
import org.apache.fop.events.model.EventSeverity;
import org.editio.problem.Codes;
import org.editio.problem.Problem;

/**
 * Listens to FOP's events for one document and turns those that mean lost or wrong content (a missing
 * glyph, overflowing or clipped content, a missing image, a substituted font, any error) into error
 * problems, so the document fails instead of leaving a log line. One instance per document.
 */
final class FopEvents implements EventListener {
    /** 12 pt: well inside the gutter (8 mm, about 22.7 pt) between text and margin column. */
    private static final long SLIGHT_MILLIPOINTS = 12_000;

    private final Path file;
    private final Consumer<Problem> sink;
    private boolean failed;

    FopEvents(Path file, Consumer<Problem> sink) {
        this.file = file;
        this.sink = sink;
    }

    @Override
    public void processEvent(Event event) {
        String id = event.getEventID();
        String message = EventFormatter.format(event);
        String code = codeFor(id);
        if (code != null && code.equals(Codes.CONTENT_OVERFLOW) && slight(event)) {
            int[] lc = sourceLocation(event);
            sink.accept(Problem.warning(code, "PDF: " + message + " (into the gutter: nothing is lost)", file, lc[0], lc[1]));
        } else if (code != null) {
            int[] lc = code.equals(Codes.GLYPH_MISSING) ? locateCharacter(event.getParam("ch")) : sourceLocation(event);
            fail(code, message, lc);
        } else if (event.getSeverity() == EventSeverity.ERROR || event.getSeverity() == EventSeverity.FATAL) {
            fail(Codes.PDF_FAILED, message, sourceLocation(event));
        }
    }

    /**
     * An overflow of less than {@link #SLIGHT_MILLIPOINTS} stays inside the 8 mm gutter between the text
     * column and the margin notes: visible, not clipped, not overlapping.
     */
    private static boolean slight(Event event) {
        Object amount = event.getParam("overflowLength");
        if (amount == null) {
            amount = event.getParam("amountOverflow");
        }
        return amount instanceof Number n && Math.abs(n.longValue()) < SLIGHT_MILLIPOINTS;
    }

    boolean failed() {
        return failed;
    }

    private void fail(String code, String message, int[] lc) {
        failed = true;
        sink.accept(Problem.error(code, "PDF: " + message, file, lc[0], lc[1]));
    }

    private static String codeFor(String id) {
        if (id.endsWith("glyphNotAvailable")) {
            return Codes.GLYPH_MISSING;
        }
        if (id.endsWith("fontSubstituted")) {
            return Codes.GLYPH_MISSING;
        }
        // Block- and inline-level overflows (a line wider than its column, a block taller than its
        // viewport, a region's content clipped): content a reader would lose.
        if (id.startsWith("org.apache.fop.layoutmgr.") && id.toLowerCase(java.util.Locale.ROOT).contains("overflow")) {
            return Codes.CONTENT_OVERFLOW;
        }
        if (id.endsWith("imageNotFound") || id.endsWith("imageError") || id.endsWith("imageIOError")) {
            return Codes.RESOURCE_MISSING;
        }
        return null;
    }

    /**
     * The TEI line and column of the FO object FOP complains about (see SourceLocations), or zeros. FOP's
     * message also names that position ("See position l:c"); it is the TEI's, so it is kept.
     */
    private int[] sourceLocation(Event event) {
        if (event.getParam("loc") instanceof org.xml.sax.Locator loc && file != null
                && file.toUri().toString().equals(loc.getSystemId())) {
            return new int[] {Math.max(0, loc.getLineNumber()), Math.max(0, loc.getColumnNumber())};
        }
        return new int[] {0, 0};
    }

    /** Where the character FOP could not set first occurs in the source, so the editor can find it. */
    private int[] locateCharacter(Object ch) {
        if (file == null || ch == null) {
            return new int[] {0, 0};
        }
        String needle = ch.toString();
        try {
            int line = 1;
            for (String l : Files.readAllLines(file)) {
                int at = l.indexOf(needle);
                if (at >= 0) {
                    return new int[] {line, l.codePointCount(0, at) + 1};
                }
                line++;
            }
        } catch (IOException e) {
            return new int[] {0, 0};
        }
        return new int[] {0, 0};
    }
}
