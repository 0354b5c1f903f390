package org.dossier.web.search;

/**
 * Counts of the query-vector cache of semantic search since the server started.
 *
 * @param hits searches whose query vector was already known
 * @param misses searches that ran the sentence model
 * @param size queries kept now
 * @param capacity the most queries kept
 */
public record QueryCacheStats(long hits, long misses, int size, int capacity) {

    /** The share of lookups that were hits, 0 when there were none. */
    public double hitRate() {
        long all = hits + misses;
        return all == 0 ? 0 : hits / (double) all;
    }
}
