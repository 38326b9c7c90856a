package org.editio.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Schematron message text as one line: whitespace runs collapsed, ends trimmed, other text untouched. */
class MessagesTest {
    @Test
    void collapsesWhitespaceRuns() {
        assertEquals("a b c", Messages.collapse("\n\t a \r\n  b\fc \u000B"));
        assertEquals("", Messages.collapse(" \n "));
        assertEquals("x\u00A0y", Messages.collapse("x\u00A0y"), "a no-break space is text, not whitespace");
        assertEquals("«Wien»", Messages.collapse("«Wien»"));
    }
}
