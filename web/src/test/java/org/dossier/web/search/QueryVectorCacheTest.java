package org.dossier.web.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class QueryVectorCacheTest {

    private final List<String> embedded = new ArrayList<>();
    private final Function<String, float[]> model = q -> {
        synchronized (embedded) {
            embedded.add(q);
        }
        return new float[] {q.length(), 1};
    };

    @Test
    void embedsARepeatedQueryOnceAndCountsHitsAndMisses() {
        QueryVectorCache cache = new QueryVectorCache(10);
        assertThat(cache.vector("tariffs", model)).containsExactly(7, 1);
        assertThat(cache.vector("tariffs", model)).containsExactly(7, 1);
        assertThat(cache.vector("gas", model)).containsExactly(3, 1);
        assertThat(embedded).containsExactly("tariffs", "gas");
        assertThat(cache.stats()).isEqualTo(new QueryCacheStats(1, 2, 2, 10));
        assertThat(cache.stats().hitRate()).isEqualTo(1 / 3.0);
    }

    @Test
    void dropsTheLeastRecentlyUsedQueryBeyondItsCapacity() {
        QueryVectorCache cache = new QueryVectorCache(2);
        cache.vector("a", model);
        cache.vector("b", model);
        cache.vector("a", model);
        cache.vector("c", model);
        cache.vector("a", model);
        cache.vector("b", model);
        assertThat(embedded).containsExactly("a", "b", "c", "b");
        assertThat(cache.stats().size()).isEqualTo(2);
    }

    @Test
    void callersMayChangeTheVectorTheyGetWithoutChangingTheKeptOne() {
        QueryVectorCache cache = new QueryVectorCache(2);
        cache.vector("ab", model)[0] = 99;
        assertThat(cache.vector("ab", model)).containsExactly(2, 1);
    }

    @Test
    void aFailedEmbeddingIsNotKept() {
        QueryVectorCache cache = new QueryVectorCache(2);
        assertThatThrownBy(() -> cache.vector("x", q -> {
            throw new IllegalStateException("model failed");
        })).isInstanceOf(IllegalStateException.class).hasMessage("model failed");
        assertThat(cache.vector("x", model)).containsExactly(1, 1);
        assertThat(embedded).containsExactly("x");
    }

    @Test
    void concurrentSearchesForOneNewQueryEmbedItOnce() throws Exception {
        QueryVectorCache cache = new QueryVectorCache(4);
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Function<String, float[]> slow = q -> {
            calls.incrementAndGet();
            started.countDown();
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new float[] {1};
        };
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<float[]>> results = new ArrayList<>();
            results.add(pool.submit(() -> cache.vector("q", slow)));
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 3; i++) {
                results.add(pool.submit(() -> cache.vector("q", slow)));
            }
            while (cache.stats().hits() < 3) {
                Thread.sleep(5);
            }
            release.countDown();
            for (Future<float[]> r : results) {
                assertThat(r.get(5, TimeUnit.SECONDS)).containsExactly(1);
            }
            assertThat(calls).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
