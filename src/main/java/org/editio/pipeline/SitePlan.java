package org.editio.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which pages the site has and how they link: a page per document, or for a file with several
 * document divs a contents page and a page per div; previous/next in date order; the configuration
 * map of every page (docs/xslt-contract.md). Pure: no I/O.
 */
final class SitePlan {
    private final Edition edition;
    private final boolean pdf;
    private final boolean register;
    private final String pageSize;

    /**
     * @param pdf      whether documents may have PDFs (a page whose PDF failed offers none)
     * @param register whether the register is published (else no page links to it)
     */
    SitePlan(Edition edition, boolean pdf, boolean register, String pageSize) {
        this.edition = edition;
        this.pdf = pdf;
        this.register = register;
        this.pageSize = pageSize;
    }

    /** The published documents in reading order: by date, then id. The register is not among them. */
    static List<Document> inDateOrder(List<Document> documents) {
        return documents.stream().filter(d -> !d.register())
                .sorted(Comparator.comparing((Document d) -> d.facts().date()).thenComparing(Document::id)).toList();
    }

    /** The pages of every document, reading pages linked previous/next in date order. */
    List<Page> pages(List<Document> documents) {
        List<Page> pages = new ArrayList<>();
        List<Page> reading = new ArrayList<>();
        for (Document d : documents) {
            if (d.register()) {
                pages.add(new Page(d, d.id() + ".html", Page.Kind.REGISTER, config(d, d.id() + ".html", null)));
            }
        }
        for (Document d : inDateOrder(documents)) {
            String href = d.id() + ".html";
            if (d.facts().parts().isEmpty()) {
                Page p = new Page(d, href, Page.Kind.DOCUMENT, config(d, href, null));
                pages.add(p);
                reading.add(p);
                continue;
            }
            pages.add(new Page(d, href, Page.Kind.VOLUME, config(d, href, null)));
            for (DocumentFacts.Part part : d.facts().parts()) {
                String partHref = d.id() + "--" + part.id() + ".html";
                Map<String, String> c = config(d, partHref, part);
                c.put("volume-href", href);
                c.put("volume-title", d.facts().title());
                Page p = new Page(d, partHref, Page.Kind.PART, c);
                pages.add(p);
                reading.add(p);
            }
        }
        for (int i = 0; i < reading.size(); i++) {
            Map<String, String> c = reading.get(i).config();
            link(c, "prev", i > 0 ? reading.get(i - 1) : null);
            link(c, "next", i + 1 < reading.size() ? reading.get(i + 1) : null);
        }
        return pages;
    }

    /** The configuration of a site page that belongs to no document (home, search, 404). */
    Map<String, String> sitePage(String href) {
        Map<String, String> c = base();
        c.put("page-href", href);
        c.put("id", href.replaceFirst("\\.html$", ""));
        return c;
    }

    /** The configuration of the page of a document that is no register and no volume: {@code id}.html. */
    Map<String, String> documentPage(String id, String relative) {
        return config(id, relative, false, id + ".html", "");
    }

    private Map<String, String> config(Document d, String href, DocumentFacts.Part part) {
        return config(d.id(), d.relative(), d.register(), href, part == null ? "" : part.id());
    }

    private Map<String, String> config(String id, String relative, boolean isRegister, String href, String part) {
        Map<String, String> c = base();
        c.put("id", id);
        c.put("page-href", href);
        c.put("pdf-href", pdf ? "pdf/" + id + ".pdf" : "");
        c.put("tei-href", uriPath("tei/" + relative));
        c.put("is-register", Boolean.toString(isRegister));
        c.put("part", part);
        c.put("volume-href", "");
        c.put("volume-title", "");
        c.put("prev-href", "");
        c.put("prev-title", "");
        c.put("prev-kind", "");
        c.put("next-href", "");
        c.put("next-title", "");
        c.put("next-kind", "");
        return c;
    }

    private Map<String, String> base() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("edition-title", edition.title());
        c.put("edition-version", edition.version());
        c.put("edition-date", edition.date());
        c.put("site-url", edition.siteUrl());
        c.put("register-href", register ? "register.html" : "");
        c.put("index-href", "index.html");
        c.put("search-href", "search.html");
        c.put("guidelines-href", "guidelines.html");
        c.put("assets-href", "assets/");
        c.put("page-size", pageSize);
        return c;
    }

    private static void link(Map<String, String> c, String rel, Page other) {
        if (other == null) {
            return;
        }
        c.put(rel + "-href", other.href());
        String part = other.config().get("part");
        String title = other.document().facts().title();
        boolean document = true;
        if (!part.isEmpty()) {
            DocumentFacts.Part p = other.document().facts().parts().stream().filter(x -> x.id().equals(part)).findFirst().orElse(null);
            if (p != null) {
                title = p.title();
                document = p.document();
            }
        }
        c.put(rel + "-title", title);
        // A volume's front or back matter (its contents, the President's message) is a page, not a document.
        c.put(rel + "-kind", document ? "document" : "part");
    }

    /** A relative path as a URI reference: spaces, '%', '#', '?' and non-ASCII characters percent-escaped. */
    private static String uriPath(String path) {
        try {
            return new java.net.URI(null, null, path, null).toASCIIString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("not a relative path: " + path, e);
        }
    }
}
