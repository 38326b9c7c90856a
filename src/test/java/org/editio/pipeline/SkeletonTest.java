package org.editio.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.editio.TestFiles;
import org.editio.xml.Xml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document's skeleton (the hash of its kinds of element use) keeps what the guidelines page reads from it
 * (names, parents, places, attribute names, types) and nothing else.
 */
class SkeletonTest {
    @TempDir
    Path tmp;

    private final Xml xml = Xml.create();

    /** The skeleton of the sample telegram with {@code from} replaced by {@code to} (once). */
    private String edited(String from, String to) throws Exception {
        String text = Files.readString(TestFiles.existing(TestFiles.SAMPLE), StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new IOException("the sample has no " + from);
        }
        Path f = tmp.resolve("t" + System.nanoTime() + ".xml");
        Files.writeString(f, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)),
                StandardCharsets.UTF_8);
        return ElementUses.hash(ElementUses.of(xml.parse(f)));
    }

    @Test
    void textCommentsAndAttributeValuesOtherThanTypeLeaveItAsItIs() throws Exception {
        String plain = edited("<TEI", "<TEI");
        assertEquals(plain, edited("about issuing a loan", "about issuing a large loan"));
        assertEquals(plain, edited("</TEI>", "</TEI><!-- a comment -->"));
        assertEquals(plain, edited("xml:id=\"wilson-112037\"", "xml:id=\"another-id\""));
    }

    @Test
    void namesAttributesAndTypesChangeIt() throws Exception {
        String plain = edited("<TEI", "<TEI");
        assertNotEquals(plain, edited("about issuing a loan", "about <hi>issuing</hi> a loan"), "a new element");
        assertNotEquals(plain, edited("<TEI ", "<TEI n=\"1\" "), "a new attribute");
        assertNotEquals(plain, edited("<title type=\"main\">", "<title type=\"sub\">"), "another type");
        assertNotEquals(edited("<TEI ", "<TEI xmlns:x=\"urn:x\" x:a=\"1\" "), edited("<TEI ", "<TEI xmlns:y=\"urn:x\" y:a=\"1\" "),
                "another prefix (the page shows names as written)");
    }
}
