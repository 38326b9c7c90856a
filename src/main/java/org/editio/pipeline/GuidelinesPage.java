package org.editio.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import net.sf.saxon.s9api.SaxonApiException;
import org.editio.problem.Codes;
import org.editio.problem.Problem;
import org.editio.transform.Stylesheets;

/**
 * The encoding guidelines page (guidelines.html), which counts every element of every document and shows
 * examples from a few of them. It reads the other documents only through their kinds of element use
 * ({@link ElementUses}), so it is taken over from the previous build when no document's skeleton (the hash
 * of its kinds of use) changed, nor the order and ids of the documents, nor the page's configuration, and
 * the documents its examples come from have the same bytes: an edit of the text of a letter that no example
 * comes from leaves it as it was. Thread-safe.
 */
final class GuidelinesPage {
    static final String HREF = "guidelines.html";
    private final Manifest previous;
    private final Map<Document, String> skeletons = new ConcurrentHashMap<>();

    /** @param previous the last build: its skeletons are taken over for sources with the same bytes */
    GuidelinesPage(Manifest previous) {
        this.previous = previous;
    }

    /** The skeleton the previous build kept for {@code d}'s bytes; empty when none. */
    private String kept(Document d) {
        Manifest.Entry last = previous.documents().get(d.relative());
        return last != null && last.hash().equals(d.hash()) ? last.skeleton() : "";
    }

    /** {@code d}'s skeleton: kept from the previous build, or worked out from its tree (parsed if need be). */
    String skeleton(Document d) {
        return skeletons.computeIfAbsent(d, k -> {
            String last = kept(k);
            return last.isEmpty() ? ElementUses.hash(ElementUses.of(k.node())) : last;
        });
    }

    /** Whether {@code d}'s skeleton differs from the one the previous build kept for this source (a new source: yes). */
    boolean changed(Document d) {
        Manifest.Entry last = previous.documents().get(d.relative());
        return last == null || !skeleton(d).equals(last.skeleton());
    }

    /** What the manifest keeps for {@code d}: its skeleton when this build has it or took it over, else "". */
    String forManifest(Document d) {
        String s = skeletons.get(d);
        return s != null ? s : kept(d);
    }

    /** The page's key: its configuration, and each document's place, path, id and skeleton (the register last). */
    String key(Map<String, String> config, List<Document> inOrder, Document register) {
        List<Document> all = new ArrayList<>(inOrder);
        if (register != null) {
            all.add(register);
        }
        List<String> parts = all.parallelStream().map(d -> d.relative() + "\n" + d.id() + "\n" + skeleton(d)).toList();
        Hashes h = new Hashes().add("guidelines").add(config.toString());
        parts.forEach(h::add);
        return h.hex();
    }

    /**
     * The page taken over from the previous build when its key and the bytes of its examples' documents are
     * the same, else made; its files recorded in {@code out}.
     */
    Manifest.Guidelines write(String key, List<Document> all, java.util.function.Supplier<Stylesheets.Context> context,
            Stylesheets sheets, Outputs out, Consumer<Problem> problems) {
        Manifest.Guidelines last = previous.guidelines();
        Map<String, String> hashes = new HashMap<>();
        all.forEach(d -> hashes.put(d.relative(), d.hash()));
        try {
            if (last != null && last.rendered().key().equals(key)
                    && last.sources().entrySet().stream().allMatch(e -> e.getValue().equals(hashes.get(e.getKey())))
                    && out.reuse(last.rendered().files())) {
                last.rendered().problems().forEach(problems);
                return last;
            }
        } catch (IOException e) {
            // a file that cannot be linked: the page is made again
        }
        List<Problem> mine = Collections.synchronizedList(new ArrayList<>());
        Consumer<Problem> sink = p -> {
            mine.add(p);
            problems.accept(p);
        };
        Outputs made = out.another();
        List<String> ids = List.of();
        boolean ok = true;
        try (OutputStream page = made.create("site/" + HREF)) {
            ids = sheets.guidelines(context.get(), page, rel -> made.create("site/" + rel), sink);
        } catch (SaxonApiException e) {
            sink.accept(Problem.error(Codes.HTML_FAILED, HREF + " could not be made: " + e.getMessage(), null, 0, 0));
            ok = false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.recordAll(made);
        Map<String, Document> byId = new HashMap<>();
        all.forEach(d -> byId.putIfAbsent(d.id(), d));
        Map<String, String> sources = new TreeMap<>();
        for (String id : ids) {
            Document d = byId.get(id);
            // An example whose document is not known by its id: the page is made again next time.
            sources.put(d == null ? "?" + id : d.relative(), d == null ? "" : d.hash());
        }
        // A page that failed is made again next time: its key is never met.
        String recorded = ok ? key : "failed";
        return new Manifest.Guidelines(new Manifest.Rendered(recorded, made.files(), List.copyOf(mine), false, ok),
                Collections.unmodifiableMap(sources));
    }
}
