package org.editio.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

/**
 * Schematron message text as one line: whitespace runs collapsed, ends trimmed, other text untouched; the types
 * Jing lists for a refused value in one order, whatever order Jing gave.
 */
class MessagesTest {
    @Test
    void collapsesWhitespaceRuns() {
        assertEquals("a b c", Messages.collapse("\n\t a \r\n  b\fc \u000B"));
        assertEquals("", Messages.collapse(" \n "));
        assertEquals("x\u00A0y", Messages.collapse("x\u00A0y"), "a no-break space is text, not whitespace");
        assertEquals("«Wien»", Messages.collapse("«Wien»"));
    }

    @Test
    void theTypesJingListsComeInOneOrder() {
        String prefix = "value of attribute \"when\" is invalid; ";
        String sorted = prefix + "must be a year, must be an ISO date, must be an ISO date and time or must be an ISO time";
        assertEquals(sorted, Messages.typesInOrder(prefix + "must be an ISO time, must be an ISO date and time, must be a year"
                + " or must be an ISO date"));
        assertEquals(sorted, Messages.typesInOrder(sorted));
        assertEquals(prefix + "must be a year or must be an ISO date", Messages.typesInOrder(prefix + "must be an ISO date or must be a year"));
    }

    @Test
    void otherMessagesAreLeftAsTheyAre() {
        String values = "value of attribute \"type\" is invalid; must be equal to \"letter\", \"memorandum\" or \"record\"";
        assertEquals(values, Messages.typesInOrder(values));
        String one = "value of attribute \"when\" is invalid; must be an ISO date";
        assertEquals(one, Messages.typesInOrder(one));
        String element = "element \"surname\" not allowed anywhere; expected the element end-tag, text or element \"add\" or \"app\"";
        assertEquals(element, Messages.typesInOrder(element));
        assertEquals(null, Messages.typesInOrder(null));
    }

    @Test
    void aRunKeepsEachMessageOnce() {
        var seen = new ConcurrentHashMap<String, String>();
        String first = new String("element \"surname\" not allowed anywhere");
        String again = new String(first);
        assertNotSame(first, again);
        assertSame(first, Messages.shorten(first, seen));
        assertSame(first, Messages.shorten(again, seen), "the same text later in the run is the string kept");
        assertEquals(1, seen.size());
        assertEquals(null, Messages.shorten(null, seen));
        // a long message is cut as without a map, and not kept
        String longOne = "x".repeat(Messages.MAX + 50);
        String cut = Messages.shorten(longOne, seen);
        assertEquals(Messages.shorten(longOne), cut);
        assertTrue(cut.contains("characters left out"), cut);
        assertEquals(1, seen.size());
    }
}
