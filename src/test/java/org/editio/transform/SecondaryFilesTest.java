package org.editio.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which hrefs of xsl:result-document, resolved against a page as Saxon does, may be written into the site. */
class SecondaryFilesTest {
    private static final URI PAGE = URI.create(SecondaryFiles.baseFor("register.html"));

    private static String relative(String href) {
        return SecondaryFiles.relativeToSite(PAGE.resolve(href));
    }

    @Test
    void hrefsInsideTheSiteAreWritten() {
        assertEquals("x.bib", relative("x.bib"));
        assertEquals("register/stalin.html", relative("register/stalin.html"));
        assertEquals("a b.json", relative("a%20b.json"));
        assertEquals("register/x.html", relative("register/../register/x.html"));
    }

    @Test
    void hrefsLeavingTheSiteAreRefused() {
        for (String href : List.of("/tmp/x", "../x", "../../x", "register/../../x", "%2e%2e/x", "register/%2E%2E/%2e%2e/x",
                "a/%2e%2e", "a/%2e/b", "file:///tmp/x", "file://host/editio-site/x", "http://example.org/x",
                "jar:file:/x.jar!/y", "x?y", "x#y", "a%5c..%5cb", "a%00b")) {
            assertNull(relative(href), href + " was accepted as " + relative(href));
        }
    }
}
