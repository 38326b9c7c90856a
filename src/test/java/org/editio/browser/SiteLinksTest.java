package org.editio.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * What a host serves is whole: every relative link, script, stylesheet and image of every page of the
 * sample site reaches a file of the site, and every #fragment an element of the page it names.
 */
class SiteLinksTest {
    @Test
    void everyRelativeReferenceOfTheSampleSiteResolves() throws IOException {
        Path site = Builds.sample();
        List<Path> pages;
        try (Stream<Path> s = Files.walk(site, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.size() >= 5, "the sample site has only " + pages.size() + " pages");
        Map<Path, Document> parsed = new HashMap<>();
        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            Document doc = parsed.computeIfAbsent(page, SiteLinksTest::parse);
            for (Element e : doc.select("[href], [src]")) {
                String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (ref.isEmpty() || ref.matches("(?i)^[a-z][a-z0-9+.-]*:.*") || ref.startsWith("//")) {
                    continue; // absolute URLs are checked by SafeOutputTest's allow-list, not fetched
                }
                URI uri = URI.create(ref.replace(" ", "%20"));
                String path = uri.getPath() == null ? "" : uri.getPath();
                Path target = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
                if (path.endsWith("/")) {
                    target = target.resolve("index.html");
                }
                String where = site.relativize(page) + ": <" + e.tagName() + "> " + ref;
                if (!target.startsWith(site) || !Files.exists(target)) {
                    broken.add(where + " (no file)");
                    continue;
                }
                String fragment = uri.getFragment();
                if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")) {
                    Document other = parsed.computeIfAbsent(target, SiteLinksTest::parse);
                    if (other.getElementById(fragment) == null && other.select("a[name=" + fragment + "]").isEmpty()) {
                        broken.add(where + " (no element #" + fragment + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), broken, "references that lead nowhere");
    }

    private static Document parse(Path page) {
        try {
            return Jsoup.parse(page.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
