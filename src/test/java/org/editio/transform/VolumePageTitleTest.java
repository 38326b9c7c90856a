package org.editio.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.util.Map;
import org.editio.xml.Xml;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The page of a document of a volume is titled by the document's head, a line break in it read as a space
 * (FRUS: "No. 102.&lt;lb/&gt;Mr. Braida to Mr. Uhl." once made "No. 102.Mr. Braida to Mr. Uhl."), its notes left out.
 */
class VolumePageTitleTest {
    private static final Xml XML = Xml.create();
    private static final Stylesheets SHEETS = RepoStylesheets.compile(XML);

    @Test
    void aLineBreakInTheHeadIsASpace() throws Exception {
        String tei = "<TEI xmlns='http://www.tei-c.org/ns/1.0' xml:id='v'><teiHeader><fileDesc><titleStmt><title>Volume</title>"
                + "</titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc>"
                + "</teiHeader><text><body><div type='document' xml:id='d1'><head>No. 1.<lb/><hi rend='italic'>Mr. A"
                + "<note n='1'>Source.</note> to Mr. B.</hi></head><p>Text.</p></div>"
                + "<div type='document' xml:id='d2'><head>No. 2.</head><p>More.</p></div></body></text></TEI>";
        Document page = Jsoup.parse(RepoStylesheets.page(SHEETS, XML, tei, "v", rel -> OutputStream.nullOutputStream(),
                Map.of("part", "d1")));
        assertEquals("No. 1. Mr. A to Mr. B.", page.selectFirst("h1#document-title").text());
        assertTrue(page.title().startsWith("No. 1. Mr. A to Mr. B."), page.title());
    }
}
