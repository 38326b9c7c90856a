package org.editio.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Boxes of margin notes and their targets, measured in the page (CSS pixels, document coordinates). */
final class Geometry {
    /** A box in document coordinates. */
    record Box(double left, double right, double top, double bottom) {
        static Box of(Object o) {
            Map<?, ?> m = (Map<?, ?>) o;
            return new Box(num(m.get("left")), num(m.get("right")), num(m.get("top")), num(m.get("bottom")));
        }

        double width() {
            return right - left;
        }

        double height() {
            return bottom - top;
        }

        @Override
        public String toString() {
            return String.format("[x %.0f–%.0f, y %.0f–%.0f]", left, right, top, bottom);
        }
    }

    /** A margin note (not a top note), its box, and the ids and boxes of its targets in document order. */
    record Note(String id, Box box, List<String> targets, List<Box> targetBoxes) {
    }

    // The targets of a note are the elements that name it in data-margin-notes or aria-describedby. A target
    // that holds its own note (the note is set inside the first target) is measured without the note.
    private static final String SCRIPT = """
            const box = r => ({left: r.left + scrollX, right: r.right + scrollX, top: r.top + scrollY, bottom: r.bottom + scrollY});
            const union = rects => rects.reduce((a, r) => ({left: Math.min(a.left, r.left), right: Math.max(a.right, r.right),
                top: Math.min(a.top, r.top), bottom: Math.max(a.bottom, r.bottom)}));
            function targetBox(t, note) {
              if (!t.contains(note)) return box(t.getBoundingClientRect());
              const rects = [...t.children].filter(c => c !== note && !c.contains(note))
                .map(c => c.getBoundingClientRect()).filter(r => r.width > 0 && r.height > 0).map(box);
              return rects.length ? union(rects) : box(t.getBoundingClientRect());
            }
            return [...document.querySelectorAll('aside.margin-note:not(.margin-note-top)')].map(n => {
              const sel = '[data-margin-notes~="' + n.id + '"], [aria-describedby~="' + n.id + '"]';
              const targets = [...document.querySelectorAll(sel)].filter(t => t !== n && !n.contains(t));
              return {id: n.id, box: box(n.getBoundingClientRect()), targets: targets.map(t => t.id),
                      targetBoxes: targets.map(t => targetBox(t, n))};
            });
            """;

    private Geometry() {
    }

    static List<Note> marginNotes(Chrome chrome) {
        List<Note> notes = new ArrayList<>();
        for (Object o : (List<?>) chrome.js(SCRIPT)) {
            Map<?, ?> m = (Map<?, ?>) o;
            List<String> ids = ((List<?>) m.get("targets")).stream().map(String::valueOf).toList();
            List<Box> boxes = ((List<?>) m.get("targetBoxes")).stream().map(Box::of).toList();
            notes.add(new Note(String.valueOf(m.get("id")), Box.of(m.get("box")), ids, boxes));
        }
        return notes;
    }

    static double num(Object o) {
        return ((Number) o).doubleValue();
    }
}
