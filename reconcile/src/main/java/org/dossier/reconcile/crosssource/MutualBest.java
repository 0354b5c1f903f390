package org.dossier.reconcile.crosssource;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which candidate pairs join two items that are each other's best match in the other's source: pair p of items a and
 * b is a's best in b's source when no pair of a with an item of that source scores higher (the first such pair on a
 * tie), and the same for b. The (item, other source) keys are packed with the pair into longs and sorted, so the cost
 * is two longs per pair rather than two strings in a map. Immutable.
 */
final class MutualBest {

    private final boolean[] firstsBest;
    private final boolean[] secondsBest;

    private MutualBest(boolean[] firstsBest, boolean[] secondsBest) {
        this.firstsBest = firstsBest;
        this.secondsBest = secondsBest;
    }

    /**
     * @param pairs item indices {a, b}
     * @param scores each pair's score
     * @param counted whether a pair takes part (one that does not is never best)
     * @param sourceOf the source id of each item
     */
    static MutualBest of(List<int[]> pairs, double[] scores, boolean[] counted, List<String> sourceOf) {
        Map<String, Integer> sourceIds = new HashMap<>();
        int[] source = new int[sourceOf.size()];
        for (int i = 0; i < source.length; i++) {
            source[i] = sourceIds.computeIfAbsent(sourceOf.get(i), k -> sourceIds.size());
        }
        long sources = Math.max(1, sourceIds.size());
        long n = pairs.size();
        int entries = 0;
        for (boolean c : counted) {
            entries += c ? 2 : 0;
        }
        long[] packed = new long[entries];   // ((item × sources + other source) × pairs + pair) × 2 + side
        int e = 0;
        for (int p = 0; p < n; p++) {
            if (counted[p]) {
                int a = pairs.get(p)[0];
                int b = pairs.get(p)[1];
                packed[e++] = pack(a * sources + source[b], n, p, 0);
                packed[e++] = pack(b * sources + source[a], n, p, 1);
            }
        }
        Arrays.sort(packed);
        boolean[] firstsBest = new boolean[(int) n];
        boolean[] secondsBest = new boolean[(int) n];
        for (int from = 0; from < packed.length;) {
            long key = packed[from] / 2 / n;
            int best = from;
            int to = from + 1;
            for (; to < packed.length && packed[to] / 2 / n == key; to++) {   // ascending pair: the first best wins a tie
                if (scores[pair(packed[to], n)] > scores[pair(packed[best], n)]) {
                    best = to;
                }
            }
            (packed[best] % 2 == 0 ? firstsBest : secondsBest)[pair(packed[best], n)] = true;
            from = to;
        }
        return new MutualBest(firstsBest, secondsBest);
    }

    private static long pack(long key, long pairs, int pair, int side) {
        return Math.addExact(Math.multiplyExact(Math.addExact(Math.multiplyExact(key, pairs), pair), 2L), side);
    }

    private static int pair(long packed, long pairs) {
        return (int) (packed / 2 % pairs);
    }

    /** Whether pair {@code p} is the best of both its items in the other's source. */
    boolean mutual(int p) {
        return firstsBest[p] && secondsBest[p];
    }
}
