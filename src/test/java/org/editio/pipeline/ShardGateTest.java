package org.editio.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The search thread waits for a shard until its last document is published, and no longer once publishing stops. */
class ShardGateTest {
    private static Document doc(int i) {
        return new Document(Path.of("L" + i + ".xml"), "L" + i + ".xml", null, "", null, List.of(), false, true, false);
    }

    private final List<Document> docs = IntStream.range(0, 5).mapToObj(ShardGateTest::doc).toList();
    private final List<SearchShards.Shard> shards = List.of(new SearchShards.Shard("pagefind", List.of(docs.get(3), docs.get(1))),
            new SearchShards.Shard("pagefind-1", List.of(docs.get(0), docs.get(2), docs.get(4))));

    @Test
    void documentsArePublishedShardAfterShard() {
        Document outside = doc(9);
        List<Document> all = List.of(docs.get(0), outside, docs.get(1), docs.get(2), docs.get(3), docs.get(4));
        assertEquals(List.of(docs.get(3), docs.get(1), docs.get(0), docs.get(2), docs.get(4), outside),
                ShardGate.publishingOrder(shards, all));
    }

    @Test
    void aShardIsReadyWhenItsLastDocumentIsPublished() throws Exception {
        ShardGate gate = new ShardGate(shards);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> await(gate, 0));
        gate.published(docs.get(3));
        gate.published(docs.get(0));
        assertThrows(java.util.concurrent.TimeoutException.class, () -> first.get(200, TimeUnit.MILLISECONDS),
                "one of the first shard's documents is still being published");
        gate.published(docs.get(1));
        first.get(10, TimeUnit.SECONDS);
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> await(gate, 1));
        gate.published(docs.get(2));
        assertFalse(second.isDone());
        gate.published(docs.get(4));
        second.get(10, TimeUnit.SECONDS);
    }

    @Test
    void abortReleasesTheSearchThreadWithAnError() throws Exception {
        ShardGate gate = new ShardGate(shards);
        CompletableFuture<Throwable> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                gate.await(1);
                return null;
            } catch (IOException e) {
                return e;
            }
        });
        gate.published(docs.get(0));
        gate.abort();
        Throwable t = waiting.get(10, TimeUnit.SECONDS);
        assertTrue(t instanceof IOException && t.getMessage().contains("publishing stopped"), String.valueOf(t));
        assertThrows(IOException.class, () -> gate.await(0), "after an abort no shard is made");
    }

    private static void await(ShardGate gate, int shard) {
        try {
            gate.await(shard);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
