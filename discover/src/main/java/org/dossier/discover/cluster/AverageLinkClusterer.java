package org.dossier.discover.cluster;

import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Agglomerative average-link clustering over a sparse graph of scored pairs: the two groups with the highest mean
 * similarity over all their cross pairs (pairs that were not candidates count as 0) merge while that mean is at least
 * the threshold. Groups may start fixed (existing events): a fixed group takes in new items but never merges with another
 * fixed group, so incremental runs keep their events. Deterministic: ties go to the lowest group numbers.
 */
public final class AverageLinkClusterer {

    private final double threshold;

    public AverageLinkClusterer(double threshold) {
        this.threshold = threshold;
    }

    /** Clusters {@code n} items from scratch; returns each item's group (the lowest item index in it). */
    public int[] cluster(int n, Iterable<ScoredPair> pairs) {
        int[] initial = new int[n];
        java.util.Arrays.fill(initial, -1);
        return cluster(n, pairs, initial);
    }

    /**
     * Clusters {@code n} items starting from fixed groups.
     *
     * @param fixedGroup for each item, its fixed group number (items with the same number start together), or -1 for a new item
     * @return each item's group: a fixed group's lowest item index, or the lowest item index of a new group
     */
    public int[] cluster(int n, Iterable<ScoredPair> pairs, int[] fixedGroup) {
        return cluster(n, pairs, fixedGroup, threshold, 1);
    }

    /**
     * Merges the two groups with the highest mean similarity, whatever it is, until {@code groups} remain (or no two groups
     * share a pair): the top of the average-link tree. The threshold is not used.
     *
     * @return each item's group, the lowest item index in it
     */
    public static int[] clusterInto(int n, Iterable<ScoredPair> pairs, int groups) {
        int[] initial = new int[n];
        java.util.Arrays.fill(initial, -1);
        return cluster(n, pairs, initial, Double.NEGATIVE_INFINITY, groups);
    }

    private static int[] cluster(int n, Iterable<ScoredPair> pairs, int[] fixedGroup, double threshold, int groups) {
        int[] group = new int[n];
        boolean[] fixed = new boolean[n];
        Map<Integer, Integer> rep = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (fixedGroup[i] >= 0) {
                final int item = i;
                group[i] = rep.computeIfAbsent(fixedGroup[i], g -> item);
                fixed[group[i]] = true;
            } else {
                group[i] = i;
            }
        }
        int[] size = new int[n];
        int left = 0;
        for (int i = 0; i < n; i++) {
            if (size[group[i]]++ == 0) {
                left++;
            }
        }
        Map<Integer, Map<Integer, Double>> links = new HashMap<>();
        for (ScoredPair p : pairs) {
            int a = group[p.a()];
            int b = group[p.b()];
            if (a != b) {
                links.computeIfAbsent(a, k -> new HashMap<>()).merge(b, p.similarity(), Double::sum);
                links.computeIfAbsent(b, k -> new HashMap<>()).merge(a, p.similarity(), Double::sum);
            }
        }
        int[] version = new int[n];
        PriorityQueue<Candidate> queue = new PriorityQueue<>();
        links.forEach((a, row) -> row.forEach((b, sum) -> {
            if (a < b && !(fixed[a] && fixed[b])) {
                queue.add(new Candidate(sum / ((double) size[a] * size[b]), a, b, 0, 0));
            }
        }));
        int[] mergedInto = new int[n];
        for (int i = 0; i < n; i++) {
            mergedInto[i] = i;
        }
        while (!queue.isEmpty()) {
            Candidate c = queue.poll();
            if (c.mean < threshold || left <= groups) {
                break;
            }
            if (mergedInto[c.a] != c.a || mergedInto[c.b] != c.b || version[c.a] != c.versionA || version[c.b] != c.versionB) {
                continue;
            }
            int keep = fixed[c.b] && !fixed[c.a] ? c.b : c.a;
            int gone = keep == c.a ? c.b : c.a;
            mergedInto[gone] = keep;
            left--;
            size[keep] += size[gone];
            fixed[keep] |= fixed[gone];
            version[keep]++;
            Map<Integer, Double> keepRow = links.computeIfAbsent(keep, k -> new HashMap<>());
            Map<Integer, Double> goneRow = links.getOrDefault(gone, Map.of());
            keepRow.remove(gone);
            goneRow.forEach((other, sum) -> {
                if (other != keep) {
                    keepRow.merge(other, sum, Double::sum);
                }
            });
            links.remove(gone);
            for (Map.Entry<Integer, Double> e : keepRow.entrySet()) {
                int other = e.getKey();
                Map<Integer, Double> otherRow = links.get(other);
                otherRow.remove(gone);
                otherRow.put(keep, e.getValue());
                if (!(fixed[keep] && fixed[other])) {
                    int lo = Math.min(keep, other);
                    int hi = Math.max(keep, other);
                    queue.add(new Candidate(e.getValue() / ((double) size[keep] * size[other]), lo, hi, version[lo], version[hi]));
                }
            }
        }
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int g = group[i];
            while (mergedInto[g] != g) {
                g = mergedInto[g];
            }
            out[i] = g;
        }
        return lowestMember(out);
    }

    /** Renames each group to the lowest index of its items. */
    private static int[] lowestMember(int[] group) {
        Map<Integer, Integer> lowest = new HashMap<>();
        for (int i = 0; i < group.length; i++) {
            lowest.putIfAbsent(group[i], i);
        }
        int[] out = new int[group.length];
        for (int i = 0; i < group.length; i++) {
            out[i] = lowest.get(group[i]);
        }
        return out;
    }

    private record Candidate(double mean, int a, int b, int versionA, int versionB) implements Comparable<Candidate> {
        @Override
        public int compareTo(Candidate o) {
            int c = Double.compare(o.mean, mean);
            if (c != 0) {
                return c;
            }
            c = Integer.compare(a, o.a);
            return c != 0 ? c : Integer.compare(b, o.b);
        }
    }
}
