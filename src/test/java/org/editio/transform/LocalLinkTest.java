package org.editio.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.OutputStream;
import java.nio.file.Files;
import java.util.Map;
import org.editio.TestFiles;
import org.editio.xml.Xml;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A pointer to a place in the same file is a link when the file has that place, and its text only when it
 * has not (the FRUS volumes of 1918 and 1936 point at 84 and 138 index ids they do not have): a link to a
 * missing fragment goes nowhere.
 */
class LocalLinkTest {
    private static final Xml XML = Xml.create();
    private static final Stylesheets SHEETS = RepoStylesheets.compile(XML);

    @Test
    void aPointerToAPlaceTheFileHasIsALinkAndToOneItHasNotIsText() throws Exception {
        String tei = Files.readString(TestFiles.SAMPLE).replace("in this telegram.</p>",
                "in this telegram. <ref target=\"#p-orders\">See the orders</ref> and <ref target=\"#nowhere\">the lost part</ref>.</p>");
        Document page = Jsoup.parse(RepoStylesheets.page(SHEETS, XML, tei, "links", rel -> OutputStream.nullOutputStream(), Map.of()));
        Element there = page.selectFirst(".tei-ref:contains(See the orders)");
        assertEquals("a", there.tagName());
        assertEquals("#p-orders", there.attr("href"));
        Element missing = page.selectFirst(".tei-ref:contains(the lost part)");
        assertEquals("span", missing.tagName());
        assertFalse(missing.hasAttr("href"), missing.outerHtml());
    }
}
