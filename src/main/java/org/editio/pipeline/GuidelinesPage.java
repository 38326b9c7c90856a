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
import net.sf.saxon.s9api.XdmNode;
import org.editio.problem.Problem;
import org.editio.site.Site;
import org.editio.transform.Stylesheets;
import org.editio.xml.Xml;

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
    private final Site site;
    private final Xml xml;
    private final Map<Document, String> skeletons = new ConcurrentHashMap<>();
    /**
     * The kinds of use of the sources read in this build (in a rebuild the others' are in the last build's
     * uses file), kept compact: the page needs them again at the end, and walking thousands of trees twice
     * cost a build from scratch about a second.
     */
    private final Map<Document, Counted> counted = new ConcurrentHashMap<>();
    /** One instance per kind of use: the documents of an edition share a few hundred between them. */
    private final Map<ElementUses.Kind, ElementUses.Kind> sharedKinds = new ConcurrentHashMap<>();

    /** A document's kinds of use in the order of their first use, with their counts and first positions. */
    private record Counted(ElementUses.Kind[] kinds, int[] counts) {
        Map<ElementUses.Kind, int[]> asMap() {
            Map<ElementUses.Kind, int[]> m = new java.util.LinkedHashMap<>();
            for (int i = 0; i < kinds.length; i++) {
                m.put(kinds[i], new int[] {counts[2 * i], counts[2 * i + 1]});
            }
            return m;
        }
    }

    private Counted compact(Map<ElementUses.Kind, int[]> kinds) {
        ElementUses.Kind[] k = new ElementUses.Kind[kinds.size()];
        int[] c = new int[2 * kinds.size()];
        int i = 0;
        for (Map.Entry<ElementUses.Kind, int[]> e : kinds.entrySet()) {
            k[i] = sharedKinds.computeIfAbsent(e.getKey(), x -> x);
            c[2 * i] = e.getValue()[0];
            c[2 * i + 1] = e.getValue()[1];
            i++;
        }
        return new Counted(k, c);
    }
    /** The last build's uses file, read when first needed. */
    private Map<String, Map<ElementUses.Kind, int[]>> lastCounts;
    /** Whether this build has written the uses file or taken it over. */
    private volatile boolean countsStaged;

    /**
     * @param previous the last build: its skeletons are taken over for sources with the same bytes, its
     *                 documents' kinds of use ({@link UsesFile}) for those with the same skeleton
     */
    GuidelinesPage(Manifest previous, Site site, Xml xml) {
        this.previous = previous;
        this.site = site;
        this.xml = xml;
    }

    private synchronized Map<String, Map<ElementUses.Kind, int[]>> lastCounts() {
        if (lastCounts == null) {
            lastCounts = previous == Manifest.NONE ? Map.of() : UsesFile.read(site.out().resolve(UsesFile.PATH));
        }
        return lastCounts;
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
            if (!last.isEmpty()) {
                return last;
            }
            Map<ElementUses.Kind, int[]> kinds = ElementUses.of(k.node());
            counted.put(k, compact(kinds));
            return ElementUses.hash(kinds);
        });
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
     * Takes the last build's uses file over when this build neither made nor took over the page (its own
     * pages were all taken over): the counts stay valid by skeleton, and the next rebuild needs them.
     */
    void keepCounts() throws IOException {
        if (!countsStaged && previous != Manifest.NONE) {
            countsStaged = site.keepBuildFile(UsesFile.NAME);
        }
    }

    /**
     * {@code d}'s tree with every text node of its source: the page copies its examples indented as written
     * (the trees the build keeps lack the whitespace the pages' stylesheet strips).
     */
    private XdmNode asWritten(Document d) {
        return Tree.parse(xml, d.file(), org.editio.xml.Whitespace.KEEP);
    }

    /** {@code d}'s kinds of use: counted in this build, kept by the last build for its skeleton, or counted now. */
    private Map<ElementUses.Kind, int[]> kinds(Document d) {
        Counted mine = counted.get(d);
        if (mine != null) {
            return mine.asMap();
        }
        String skeleton = kept(d);
        Map<ElementUses.Kind, int[]> last = skeleton.isEmpty() ? null : lastCounts().get(skeleton);
        // Checked against the skeleton, which is their hash: a damaged file only costs parsing.
        return last != null && ElementUses.hash(last).equals(skeleton) ? last : ElementUses.of(d.node());
    }

    /**
     * The page taken over from the previous build when its key and the bytes of its examples' documents are
     * the same, else made: from the documents' kinds of use (kept for unchanged ones, so that only the
     * documents an example may come from are read) and those documents; its files recorded in {@code out},
     * the kinds kept in the build folder for the next build.
     *
     * @param all the published documents in date order, then the register (when {@code register} is not null)
     */
    Manifest.Guidelines write(String key, List<Document> all, Document register, Map<String, String> config,
            Stylesheets sheets, Outputs out, Consumer<Problem> problems) {
        Manifest.Guidelines last = previous.guidelines();
        Map<String, String> hashes = new HashMap<>();
        all.forEach(d -> hashes.put(d.relative(), d.hash()));
        try {
            if (last != null && last.rendered().key().equals(key)
                    && last.sources().entrySet().stream().allMatch(e -> e.getValue().equals(hashes.get(e.getKey())))
                    && out.reuse(last.rendered().files())) {
                last.rendered().problems().forEach(problems);
                countsStaged = site.keepBuildFile(UsesFile.NAME);
                return last;
            }
        } catch (IOException e) {
            // a file that cannot be linked: the page is made again
        }
        List<Map<ElementUses.Kind, int[]>> kinds = all.parallelStream().map(this::kinds).toList();
        // Only the documents an example may come from are given to the page, numbered in date order; the
        // register is given as such, numbered after them.
        java.util.SortedSet<Integer> candidates = ElementUses.candidates(kinds);
        int documents = register == null ? all.size() : all.size() - 1;
        int[] numbers = new int[all.size()];
        List<Document> passed = new ArrayList<>();
        for (int i : candidates) {
            if (i < documents) {
                passed.add(all.get(i));
                numbers[i] = passed.size();
            }
        }
        if (register != null) {
            numbers[documents] = passed.size() + 1;
        }
        XdmNode table = xml.parseText(ElementUses.table(kinds, i -> numbers[i]));
        List<XdmNode> nodes = passed.parallelStream().map(this::asWritten).toList();
        Stylesheets.Context context = new Stylesheets.Context(register == null ? null : asWritten(register), nodes, config, table);
        OwnPage page = OwnPage.make("guidelines", "guidelines-sources", HREF, context, sheets, out, problems);
        Map<String, Map<ElementUses.Kind, int[]>> bySkeleton = new java.util.LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            bySkeleton.putIfAbsent(skeleton(all.get(i)), kinds.get(i));
        }
        try (OutputStream file = site.create(UsesFile.NAME)) {
            UsesFile.write(file, bySkeleton);
            countsStaged = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Document> byId = new HashMap<>();
        all.forEach(d -> byId.putIfAbsent(d.id(), d));
        Map<String, String> sources = new TreeMap<>();
        for (String id : page.companion()) {
            Document d = byId.get(id);
            // An example whose document is not known by its id: the page is made again next time.
            sources.put(d == null ? "?" + id : d.relative(), d == null ? "" : d.hash());
        }
        return new Manifest.Guidelines(page.rendered(key), Collections.unmodifiableMap(sources));
    }
}
