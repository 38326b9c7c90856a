package org.editio.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.editio.TestFiles;
import org.junit.jupiter.api.Test;

/** The benchmark's edits land in the text of the body and keep the document well-formed. */
class EditsTest {
    @Test
    void aWordGoesIntoTheFirstParagraphOfTheBodyAndParagraphsAfterIt() throws Exception {
        String letter = Files.readString(TestFiles.existing(TestFiles.SHARED.resolve("corpus/schnitzler/letters/L00001.xml")));
        int body = letter.indexOf("<body");
        String worded = Edits.word(letter, 7);
        assertTrue(worded.indexOf("benchword7 ") > body, "the word is in the body");
        assertEquals(letter, worded.replace("benchword7 ", ""), "and nothing else changed");
        assertNotEquals(Edits.word(letter, 8), worded, "each edit is new");

        String more = Edits.paragraphs(letter, 2);
        assertTrue(more.indexOf("</p><p>bench paragraph</p><p>bench paragraph</p>") > body, more);
        assertEquals(letter, more.replace("<p>bench paragraph</p>", ""));
    }

    @Test
    void withoutAParagraphInTheBodyACommentIsAdded() {
        String doc = "<TEI><teiHeader><p>header</p></teiHeader><text><body><ab>x</ab><p/></body></text></TEI>";
        assertEquals(doc + "\n<!-- bench edit 3 -->\n", Edits.word(doc, 3));
        assertEquals(doc + "\n<!-- bench edit 4 -->\n", Edits.paragraphs(doc, 4));
    }
}
