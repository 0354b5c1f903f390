package org.dossier.discover.cluster;

import java.util.Arrays;

/**
 * The scale of similarities in a collection: the median, over documents with at least one candidate pair, of each
 * document's highest similarity. Long articles have lower cosines than short ones, so the clustering threshold is a
 * fraction of this scale rather than an absolute value, and carries over between collections.
 */
public final class SimilarityScale {

    private SimilarityScale() {
    }

    /** The median nearest-neighbour similarity of {@code n} documents, or 0 when there are no pairs. */
    public static double medianNearest(int n, Iterable<ScoredPair> pairs) {
        double[] best = new double[n];
        for (ScoredPair p : pairs) {
            best[p.a()] = Math.max(best[p.a()], p.similarity());
            best[p.b()] = Math.max(best[p.b()], p.similarity());
        }
        return median(best);
    }

    /**
     * The median of the positive values of {@code nearest} (each document's highest similarity, 0 for a document without
     * pairs), or 0 when none is positive: the same scale, for an engine that computes the nearest similarities itself.
     */
    public static double median(double[] nearest) {
        double[] positive = Arrays.stream(nearest).filter(x -> x > 0).sorted().toArray();
        if (positive.length == 0) {
            return 0;
        }
        int m = positive.length / 2;
        return positive.length % 2 == 1 ? positive[m] : (positive[m - 1] + positive[m]) / 2;
    }
}
