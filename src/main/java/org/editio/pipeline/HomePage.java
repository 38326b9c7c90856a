package org.editio.pipeline;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import net.sf.saxon.s9api.SaxonApiException;
import org.editio.problem.Problem;
import org.editio.transform.Stylesheets;

/**
 * The home page (index.html), which lists every document. It reads the documents only through their facts
 * (index.xsl's es:facts: id, title, date, parts, correspondents, summary, type, the header's editorial
 * sections), so it is taken over from the previous build when no document's digest of those facts changed,
 * nor the documents' order, the register or the page's configuration: an edit of a letter's text that
 * leaves its title, date, correspondents and summary alone leaves it as it was. Thread-safe.
 */
final class HomePage {
    static final String HREF = "index.html";
    private final Manifest previous;
    private final Map<Document, String> digests = new ConcurrentHashMap<>();

    /** @param previous the last build: its digests are taken over for sources with the same bytes */
    HomePage(Manifest previous) {
        this.previous = previous;
    }

    /** The digest the previous build kept for {@code d}'s bytes; empty when none. */
    private String kept(Document d) {
        Manifest.Entry last = previous.documents().get(d.relative());
        return last != null && last.hash().equals(d.hash()) ? last.home() : "";
    }

    /** Whether {@code d}'s digest differs from the one the previous build kept for this source (a new source: yes). */
    boolean changed(Document d, Stylesheets sheets, Map<String, String> config) {
        Manifest.Entry last = previous.documents().get(d.relative());
        return last == null || !digest(d, sheets, config).equals(last.home());
    }

    /** {@code d}'s digest: kept from the previous build, or worked out from its tree. */
    String digest(Document d, Stylesheets sheets, Map<String, String> config) {
        return digests.computeIfAbsent(d, k -> {
            String last = kept(k);
            if (!last.isEmpty()) {
                return last;
            }
            try {
                return new Hashes().add(sheets.homeDigest(k.file(), k.node(), config)).hex();
            } catch (SaxonApiException e) {
                // the home page meets this again, and reports it
                return "failed " + System.nanoTime();
            }
        });
    }

    /** What the manifest keeps for {@code d}: its digest when this build has it or took it over, else "". */
    String forManifest(Document d) {
        String s = digests.get(d);
        return s != null ? s : kept(d);
    }

    /**
     * The page's key: its configuration, the register's bytes, and each document's path, id and digest in
     * date order; null when a document's digest is not known without reading it (the page is made then).
     */
    String key(Map<String, String> config, List<Document> inOrder, Document register) {
        Hashes h = new Hashes().add("index").add(config.toString()).add(register == null ? "" : register.hash());
        for (Document d : inOrder) {
            String digest = digests.containsKey(d) ? digests.get(d) : kept(d);
            if (digest.isEmpty()) {
                return null;
            }
            h.add(d.relative()).add(d.id()).add(digest);
        }
        return h.hex();
    }

    /**
     * The page taken over from the previous build when its key is the same, else made (the documents' digests
     * kept from its making); its files recorded in {@code out}.
     */
    Manifest.Rendered write(Map<String, String> config, List<Document> inOrder, Document register,
            Supplier<Stylesheets.Context> context, Stylesheets sheets, Outputs out, Consumer<Problem> problems) {
        String key = key(config, inOrder, register);
        Manifest.Rendered last = previous.home();
        try {
            if (key != null && last != null && last.key().equals(key) && out.reuse(last.files())) {
                last.problems().forEach(problems);
                return last;
            }
        } catch (IOException e) {
            // a file that cannot be linked: the page is made again
        }
        OwnPage page = OwnPage.make("index", "home-digests", HREF, context.get(), sheets, out, problems);
        List<String> made = page.companion();
        for (int i = 0; i < made.size() && i < inOrder.size(); i++) {
            digests.put(inOrder.get(i), new Hashes().add(made.get(i)).hex());
        }
        return page.rendered(key(config, inOrder, register));
    }
}
