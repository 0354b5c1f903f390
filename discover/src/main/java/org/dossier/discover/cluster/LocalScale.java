package org.dossier.discover.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Each document's local scale of similarity: its similarity to its k-th nearest neighbour among the candidate pairs (its
 * farthest one when it has fewer), but not past a gap: neighbours less similar than {@code gap} times the nearest one
 * are not its neighbourhood (an event of two articles with a similar event nearby keeps the scale of its two). A pair's similarity divided by the geometric mean of its two documents' scales
 * compares it with how close each document's own neighbourhood is: long articles on a story that goes on for months
 * have low cosines even with their own event, short wire reports of one happening have high ones, and one threshold on
 * the rescaled similarity serves both (self-tuning scales, Zelnik-Manor and Perona 2004). Near-linear in the pairs.
 */
public final class LocalScale {

    private LocalScale() {
    }

    /**
     * The local scale of each of {@code n} documents ({@code floor} for a document without pairs).
     *
     * @param rank which nearest neighbour sets the scale
     * @param gap in [0, 1]: a neighbour below this fraction of the nearest one's similarity does not set the scale
     * @param floor the lowest scale: the similarity that unrelated articles reach, so that an article like no other is
     *     not matched to its merely least unlike neighbour
     */
    public static double[] of(int n, Iterable<ScoredPair> pairs, int rank, double gap, double floor) {
        List<PriorityQueue<Double>> nearest = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            nearest.add(null);
        }
        for (ScoredPair p : pairs) {
            offer(nearest, p.a(), p.similarity(), rank);
            offer(nearest, p.b(), p.similarity(), rank);
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = scale(nearest.get(i), gap, floor);
        }
        return out;
    }

    /**
     * The local scale of one document from all its pair similarities (for an engine that groups them by document): the
     * same value {@link #of} gives it.
     */
    public static double of(Iterable<Double> similarities, int rank, double gap, double floor) {
        List<PriorityQueue<Double>> nearest = new ArrayList<>(1);
        nearest.add(null);
        similarities.forEach(s -> offer(nearest, 0, s, rank));
        return scale(nearest.get(0), gap, floor);
    }

    private static double scale(PriorityQueue<Double> nearest, double gap, double floor) {
        if (nearest == null) {
            return floor;
        }
        double top = nearest.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return Math.max(floor, nearest.stream().mapToDouble(Double::doubleValue).filter(x -> x >= gap * top).min().orElse(top));
    }

    /** The pairs with their similarity divided by the geometric mean of the two documents' scales. */
    public static List<ScoredPair> rescale(List<ScoredPair> pairs, double[] scale) {
        List<ScoredPair> out = new ArrayList<>(pairs.size());
        for (ScoredPair p : pairs) {
            out.add(new ScoredPair(p.a(), p.b(), rescaled(p.similarity(), scale[p.a()], scale[p.b()])));
        }
        return out;
    }

    /** One similarity divided by the geometric mean of its two documents' scales (0 when either scale is 0). */
    public static double rescaled(double similarity, double scaleA, double scaleB) {
        double norm = Math.sqrt(scaleA * scaleB);
        return norm > 0 ? similarity / norm : 0;
    }

    /** Keeps the {@code rank} highest similarities of document {@code i} in a min-heap. */
    private static void offer(List<PriorityQueue<Double>> nearest, int i, double similarity, int rank) {
        PriorityQueue<Double> q = nearest.get(i);
        if (q == null) {
            q = new PriorityQueue<>(rank + 1);
            nearest.set(i, q);
        }
        if (q.size() < rank) {
            q.add(similarity);
        } else if (similarity > q.peek()) {
            q.poll();
            q.add(similarity);
        }
    }
}
