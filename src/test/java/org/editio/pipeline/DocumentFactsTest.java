package org.editio.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.editio.TestFiles;
import org.editio.xml.Xml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The facts the pipeline reads from a header (read by one query per document), and ids made safe as file names.
 */
class DocumentFactsTest {
    @TempDir
    Path tmp;

    private final Xml xml = Xml.create();
    private final DocumentFacts.Queries queries = new DocumentFacts.Queries(xml.processor());

    @Test
    void theSampleTelegramsFacts() throws Exception {
        Path sample = TestFiles.existing(TestFiles.SAMPLE);
        DocumentFacts f = DocumentFacts.of(queries, sample, xml.parse(sample));
        assertEquals("wilson-112037", f.id());
        assertEquals("Ciphered Telegram, Shtykov to Vyshinsky", f.title());
        assertEquals("1950-02-07", f.date());
        assertEquals("Shtykov", f.author());
        assertTrue(f.subject().startsWith("Shtykov relays to Vyshinsky Kim Il Sung's questions"), f.subject());
        assertEquals("Ciphered Telegram", f.keywords());
        assertEquals("Editio sample edition", f.editionTitle());
        assertEquals("0.1.0", f.editionVersion());
        assertEquals("", f.editionDate());
        assertEquals("en", f.language());
        assertEquals(List.of(), f.parts());
    }

    @Test
    void aVolumesPagesInTheFilesOrder() throws Exception {
        Path volume = TestFiles.existing(TestFiles.SHARED.resolve("corpus/frus/frus1894Nicaragua.xml"));
        List<DocumentFacts.Part> parts = DocumentFacts.of(queries, volume, xml.parse(volume)).parts();
        assertEquals(140, parts.size());
        assertEquals(new DocumentFacts.Part("message-of-the-president", "Message of the President", false), parts.get(0));
        assertEquals(new DocumentFacts.Part("toc", "Table of Contents", false), parts.get(1));
        assertEquals(new DocumentFacts.Part("d1", "No. 1. Mr. Seat to Mr. Gresham.", true), parts.get(2));
        assertEquals(new DocumentFacts.Part("d138", "No. 138. Mr. Gresham to Dr. Guzman.", true), parts.get(139));
    }

    @Test
    void aDocumentWithoutAHeadersFactsIsNamedByItsFile() throws Exception {
        Path bare = tmp.resolve("Brief an Ärztin #3.xml");
        Files.writeString(bare, "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text xml:lang=\"de\"><body><p>x</p></body></text></TEI>",
                StandardCharsets.UTF_8);
        DocumentFacts f = DocumentFacts.of(queries, bare, xml.parse(bare));
        assertEquals("Brief_an_Arztin__3", f.id());
        assertEquals("", f.title());
        assertEquals("", f.date());
        assertEquals("de", f.language());
    }

    @Test
    void idsAreSafeFileNames() {
        assertEquals("L00004", DocumentFacts.safeId("L00004"));
        assertEquals("Muller_Gotz", DocumentFacts.safeId("Müller Götz"), "accents dropped, a space is '_'");
        assertEquals("_.hidden", DocumentFacts.safeId(".hidden"));
        assertEquals("_-option", DocumentFacts.safeId("-option"));
        assertEquals("_", DocumentFacts.safeId(""));
        assertEquals("a_b_c", DocumentFacts.safeId("a/b\\c"));
        String cut = DocumentFacts.safeId("x".repeat(150));
        assertEquals(99, cut.length(), "90 characters, a hyphen, 8 hex digits of the whole id's hash");
        assertTrue(cut.startsWith("x".repeat(90) + "-"), cut);
        assertTrue(!cut.equals(DocumentFacts.safeId("x".repeat(151))), "ids cut alike keep apart by their hash");
    }
}
