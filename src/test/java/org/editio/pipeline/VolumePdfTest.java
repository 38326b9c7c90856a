package org.editio.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample's volume (pdf/edition.pdf) read back with PDFBox: its contents page, the telegram, and a
 * register whose page numbers each stand once and each lead to a page that names the entry.
 */
class VolumePdfTest {
    /** A register line: the entry's name (and variants), then its pages ("Kim Il Sung 1, 2"). */
    private static final Pattern ENTRY = Pattern.compile("^(\\D+?) +(\\d+(?:, *\\d+)*)$");
    /** The variants an entry line names after its name: "Pak Heon-yeong (also: Pak Hon Yong)". */
    private static final Pattern VARIANTS = Pattern.compile("^(.*?) \\(also: (.*)\\)$");

    private static PDDocument pdf;
    /** Physical page index (0-based) by printed page label ("ii", "1"). */
    private static Map<String, Integer> pageByLabel;

    /** An entry of the printed register: its names (regularised first) and the pages it cites. */
    private record Entry(List<String> names, List<String> pages) {
    }

    @BeforeAll
    static void open() throws IOException {
        pdf = Loader.loadPDF(SampleBuild.output().resolve("pdf/edition.pdf").toFile());
        PDPageLabels labels = pdf.getDocumentCatalog().getPageLabels();
        assertNotNull(labels, "the volume has no page labels");
        pageByLabel = labels.getPageIndicesByLabels();
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    @Test
    void hasAContentsPageListingTheTelegram() throws IOException {
        String contents = textOf(pageByLabel.get("ii"));
        assertTrue(contents.contains("Contents"), contents);
        assertTrue(contents.contains("Ciphered Telegram, Shtykov to Vyshinsky"), contents);
        assertTrue(contents.contains("Register of persons, places and organisations"), contents);
    }

    @Test
    void printsTheTelegram() throws IOException {
        String text = flat(new PDFTextStripper().getText(pdf));
        assertTrue(text.contains("Kim Il Sung asked my advice"), "the telegram's text is missing");
        assertTrue(text.contains("give an answer today"), "Stalin's annotation is missing");
    }

    @Test
    void citesEachPageOfAnEntryOnce() throws IOException {
        List<Entry> entries = register();
        assertTrue(entries.size() >= 10, "only " + entries.size() + " register entries read: " + entries);
        for (Entry e : entries) {
            assertEquals(e.pages().stream().distinct().toList(), e.pages(), e.names().get(0) + " repeats a page");
        }
        Entry kim = entries.stream().filter(e -> e.names().get(0).equals("Kim Il Sung")).findFirst().orElseThrow();
        assertEquals(List.of("1", "2"), kim.pages());
    }

    @Test
    void citesOnlyPagesThatNameTheEntry() throws IOException {
        for (Entry e : register()) {
            for (String page : e.pages()) {
                Integer index = pageByLabel.get(page);
                assertNotNull(index, e.names().get(0) + " cites page " + page + ", which the volume does not have");
                String raw = textOf(index);
                // A hyphen at a line end may be the name's own ("Heon-yeong") or the hyphenation's.
                String text = (flat(raw) + " | " + raw.replaceAll("\\s+", " ").replace("- ", "-")).toLowerCase(Locale.ROOT);
                assertTrue(e.names().stream().anyMatch(n -> text.contains(n.toLowerCase(Locale.ROOT))),
                        e.names() + " cites page " + page + ", which does not name it:\n" + text);
            }
        }
    }

    /** The entries of the register, read from its pages (the last page sequence, after its introduction). */
    private static List<Entry> register() throws IOException {
        int first = -1;
        for (int i = 0; i < pdf.getNumberOfPages(); i++) {
            if (textOf(i).contains("Each entry gives the pages of this volume")) {
                first = i;
            }
        }
        assertTrue(first >= 0, "the volume has no register");
        List<Entry> entries = new ArrayList<>();
        for (int i = first; i < pdf.getNumberOfPages(); i++) {
            for (String line : textOf(i).split("\\R")) {
                Matcher m = ENTRY.matcher(line.strip());
                if (m.matches()) {
                    entries.add(new Entry(names(m.group(1).strip()), Arrays.asList(m.group(2).split(", *"))));
                }
            }
        }
        return entries;
    }

    /** "Pak Heon-yeong (also: Pak Hon Yong)" → [Pak Heon-yeong, Pak Hon Yong]. */
    private static List<String> names(String label) {
        Matcher m = VARIANTS.matcher(label);
        if (!m.matches()) {
            return List.of(label);
        }
        List<String> names = new ArrayList<>(List.of(m.group(1)));
        names.addAll(Arrays.asList(m.group(2).split(", ")));
        return names;
    }

    private static String textOf(int pageIndex) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(pageIndex + 1);
        stripper.setEndPage(pageIndex + 1);
        return stripper.getText(pdf);
    }

    /** Joins words hyphenated at a line end and lines, so that a name broken over two lines is found. */
    private static String flat(String text) {
        return text.replaceAll("(\\p{L})-\\R(\\p{Ll})", "$1$2").replaceAll("\\s+", " ");
    }
}
