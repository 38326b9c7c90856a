package org.editio.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.editio.problem.Codes;
import org.editio.problem.Problem;
import org.editio.site.SearchIndex;
import org.editio.site.Site;

/**
 * The site's search index in shards: the published documents are split by a hash of their path into up to
 * {@link #MAX_SHARDS} groups of about {@link #DOCUMENTS_PER_SHARD}, and Pagefind indexes each group's pages
 * into a bundle of its own ({@code site/pagefind/}, {@code site/pagefind-1/}, …), which the search page
 * merges ({@code site/pagefind-shards.json} lists the bundles after the first). A shard whose documents'
 * pages did not change is taken over from the previous build: after one edit only one shard is indexed
 * again. One instance per build; not thread-safe.
 */
final class SearchShards {
    /**
     * A rebuild after one edit indexes one shard again: Pagefind took 0.47 s alone for 250 letters, and it is
     * what a rebuild waits for last. 16 bundles at most keep the search page's first query to as many files.
     */
    static final int DOCUMENTS_PER_SHARD = 150;
    static final int MAX_SHARDS = 16;
    /** The list of the bundles after the first, for the search page (assets/search.js). */
    static final String LIST = "site/pagefind-shards.json";

    /** One bundle: its folder below site/ and its documents. */
    record Shard(String name, List<Document> documents) {
    }

    private final Site site;
    private final Optional<Path> pagefind;

    SearchShards(Site site, Optional<Path> pagefind) {
        this.site = site;
        this.pagefind = pagefind;
    }

    /** The non-empty shards of {@code documents}, the first one named {@code pagefind}. */
    static List<Shard> plan(List<Document> documents) {
        int n = Math.max(1, Math.min(MAX_SHARDS, (documents.size() + DOCUMENTS_PER_SHARD - 1) / DOCUMENTS_PER_SHARD));
        List<List<Document>> groups = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            groups.add(new ArrayList<>());
        }
        for (Document d : documents) {
            // String.hashCode is specified: the same document lands in the same shard in every JVM.
            groups.get(Math.floorMod(d.relative().hashCode(), n)).add(d);
        }
        List<Shard> shards = new ArrayList<>();
        for (List<Document> g : groups) {
            if (!g.isEmpty()) {
                g.sort(Comparator.comparing(Document::relative));
                shards.add(new Shard(shards.isEmpty() ? "pagefind" : "pagefind-" + shards.size(), List.copyOf(g)));
            }
        }
        return shards;
    }

    /** What a shard's bundle depends on: the shards there are, and its documents' pages (their render keys). */
    static String key(Shard shard, List<Shard> all, Map<Document, Manifest.Rendered> rendered) {
        Hashes h = new Hashes().add("search-shard").add(shard.name());
        all.forEach(s -> h.add(s.name()));
        for (Document d : shard.documents()) {
            h.add(d.relative()).add(rendered.get(d).key());
        }
        return h.hex();
    }

    /**
     * Makes the shards, or takes them over from {@code previous} when their key is the same (or, with
     * {@code behind} given, whatever the key: their files are then added to {@code behind}); each one as
     * soon as {@code gate} says its documents are published.
     */
    Map<String, Manifest.Rendered> make(List<Shard> shards, Map<Document, Manifest.Rendered> rendered,
            Map<String, Manifest.Rendered> previous, Set<String> behind, ShardGate gate, Consumer<Problem> problems)
            throws IOException {
        Map<String, Manifest.Rendered> made = new LinkedHashMap<>();
        if (pagefind.isEmpty()) {
            problems.accept(Problem.warning(Codes.SEARCH_INDEX, "the search index was not built: Pagefind was not found "
                    + "(mvn package installs it into target/npm; or set EDITIO_PAGEFIND)", null, 0, 0));
            return made;
        }
        for (int i = 0; i < shards.size(); i++) {
            Shard s = shards.get(i);
            gate.await(i);
            String key = key(s, shards, rendered);
            Manifest.Rendered last = Outputs.takeOver(site, previous.get(s.name()), key, behind, problems);
            made.put(s.name(), last != null ? last : index(s, key, rendered, shards, problems));
        }
        return made;
    }

    /** Indexes one shard: its documents' pages linked into a folder of their own, Pagefind run on it. */
    private Manifest.Rendered index(Shard s, String key, Map<Document, Manifest.Rendered> rendered, List<Shard> all,
            Consumer<Problem> problems) throws IOException {
        Path staged = site.stagedSite();
        Path pages = staged.getParent().resolve("search-" + s.name());
        Outputs out = new Outputs(site);
        List<Problem> mine = new ArrayList<>();
        int count = 0;
        try {
            for (Document d : s.documents()) {
                for (String f : rendered.get(d).files()) {
                    if (f.startsWith("site/") && f.endsWith(".html")) {
                        Path link = pages.resolve(f.substring(5));
                        Files.createDirectories(link.getParent());
                        Files.createLink(link, staged.resolve(f.substring(5)));
                        count++;
                    }
                }
            }
            String failure = SearchIndex.build(pagefind.get(), pages, count, staged.resolve(s.name()));
            if (!failure.isEmpty()) {
                mine.add(Problem.error(Codes.SEARCH_INDEX, failure, null, 0, 0));
            }
        } finally {
            if (Files.exists(pages)) {
                Site.deleteTree(pages, staged.getParent());
            }
        }
        Path bundle = staged.resolve(s.name());
        if (Files.isDirectory(bundle)) {
            try (Stream<Path> files = Files.walk(bundle)) {
                files.filter(Files::isRegularFile).sorted()
                        .forEach(f -> out.record("site/" + staged.relativize(f).toString().replace('\\', '/')));
            }
        }
        if (s.name().equals("pagefind")) {
            StringBuilder list = new StringBuilder("[");
            for (Shard other : all.subList(1, all.size())) {
                list.append(list.length() > 1 ? ", " : "").append('"').append(other.name()).append("/\"");
            }
            out.write(LIST, list.append("]\n").toString().getBytes(StandardCharsets.UTF_8));
        }
        mine.forEach(problems);
        return new Manifest.Rendered(key, out.files(), List.copyOf(mine), false, true);
    }
}
