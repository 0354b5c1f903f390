package org.dossier.web.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * The vectors of the most recently searched queries, so that a repeated query (analysts repeat and page through
 * queries) skips the sentence model. Bounded: beyond {@code capacity} queries the least recently used is dropped.
 * Concurrent searches for one new query embed it once; a failed embedding is not kept. Thread-safe.
 */
final class QueryVectorCache {

    private final int capacity;
    private final Map<String, FutureTask<float[]>> entries;
    private long hits;
    private long misses;

    QueryVectorCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, FutureTask<float[]>> eldest) {
                return size() > QueryVectorCache.this.capacity;
            }
        };
    }

    /** The vector of {@code query}, from {@code embed} on the first call (a copy: callers may modify it). */
    float[] vector(String query, Function<String, float[]> embed) {
        FutureTask<float[]> task;
        boolean mine = false;
        synchronized (this) {
            task = entries.get(query);
            if (task == null) {
                task = new FutureTask<>(() -> embed.apply(query));
                entries.put(query, task);
                mine = true;
                misses++;
            } else {
                hits++;
            }
        }
        if (mine) {
            task.run();
        }
        try {
            return task.get().clone();
        } catch (ExecutionException | CancellationException e) {
            forget(query, task);
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("embedding the query failed", cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while another search embedded the same query", e);
        }
    }

    /** How often a query was found, and how many are kept. */
    synchronized QueryCacheStats stats() {
        return new QueryCacheStats(hits, misses, entries.size(), capacity);
    }

    private synchronized void forget(String query, FutureTask<float[]> task) {
        entries.remove(query, task);
    }
}
