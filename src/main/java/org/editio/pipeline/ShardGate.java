package org.editio.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * Lets the search index start on a shard as soon as the last of its documents is published, while the
 * others are still being published: the publishing threads call {@link #published} for each document
 * (whatever became of it), the search thread {@link #await}s each shard in turn. {@link #abort} releases
 * the search thread when publishing stops early. Thread-safe.
 */
final class ShardGate {
    private final Map<Document, CountDownLatch> latchOf = new HashMap<>();
    private final List<CountDownLatch> latches = new ArrayList<>();
    private volatile boolean aborted;

    ShardGate(List<SearchShards.Shard> shards) {
        for (SearchShards.Shard s : shards) {
            CountDownLatch l = new CountDownLatch(s.documents().size());
            latches.add(l);
            s.documents().forEach(d -> latchOf.put(d, l));
        }
    }

    /** The documents of {@code shards}, shard after shard: the order to publish them in. */
    static List<Document> publishingOrder(List<SearchShards.Shard> shards, List<Document> documents) {
        List<Document> order = new ArrayList<>(documents.size());
        Set<Document> wanted = new HashSet<>(documents);
        for (SearchShards.Shard s : shards) {
            s.documents().stream().filter(wanted::remove).forEach(order::add);
        }
        // documents in no shard keep their place after the others
        documents.stream().filter(wanted::contains).forEach(order::add);
        return order;
    }

    /** {@code d} is done with (published, taken over, or failed); called once per document. */
    void published(Document d) {
        CountDownLatch l = latchOf.get(d);
        if (l != null) {
            l.countDown();
        }
    }

    /** Publishing stopped: no shard is waited for any longer, and {@link #await} fails. */
    void abort() {
        aborted = true;
        for (CountDownLatch l : latches) {
            while (l.getCount() > 0) {
                l.countDown();
            }
        }
    }

    /** Waits until every document of shard {@code index} (in the order given) is published. */
    void await(int index) throws IOException {
        try {
            latches.get(index).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the pages of a search shard", e);
        }
        if (aborted) {
            throw new IOException("publishing stopped before the search index was made");
        }
    }
}
