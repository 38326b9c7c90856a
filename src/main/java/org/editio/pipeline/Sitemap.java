package org.editio.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * sitemap.xml for the site's pages: absolute URLs under the site URL when one is known, otherwise URLs
 * relative to the sitemap (which the sitemap protocol does not define: give --site-url for crawlers).
 */
final class Sitemap {
    private Sitemap() {
    }

    static byte[] of(String siteUrl, List<String> hrefs) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String href : hrefs.stream().distinct().sorted().toList()) {
            sb.append("  <url><loc>").append(escape(siteUrl + href)).append("</loc></url>\n");
        }
        return sb.append("</urlset>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
