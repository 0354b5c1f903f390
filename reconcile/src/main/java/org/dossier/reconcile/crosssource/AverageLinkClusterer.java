package org.dossier.reconcile.crosssource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Average-link clustering over a sparse graph: two clusters may join only when every pair across them is an edge (so a
 * pair scoring below the edge floor keeps them apart, as complete link would), and the pair with the highest average
 * edge score joins first, down to {@code mergeScore}. Only clusters joined by an edge are ever compared, through a
 * priority queue, so the cost follows the edges rather than the cube of the items. Ties go to the clusters whose first
 * item comes first, as a scan of all pairs in order would choose.
 */
final class AverageLinkClusterer {

    /** An edge between items {@code a} and {@code b} (distinct) with its score. */
    record Edge(int a, int b, double score) {
    }

    /** A candidate merge of clusters {@code low} &lt; {@code high} (by slot), valid while both versions are current. */
    private record Merge(double average, int low, int high, int lowVersion, int highVersion) {
    }

    private AverageLinkClusterer() {
    }

    /**
     * Clusters items {@code 0..n-1}: each cluster's items ascending, clusters in order of their first item. Edges with a
     * NaN score and repeated edges (the first is kept) are ignored.
     */
    static List<List<Integer>> cluster(int n, List<Edge> edges, double mergeScore) {
        Map<Long, Double> score = new HashMap<>();
        List<Map<Integer, Integer>> links = new ArrayList<>();   // per slot: neighbour slot -> edges across
        List<List<Integer>> members = new ArrayList<>();
        int[] version = new int[n];
        for (int i = 0; i < n; i++) {
            links.add(new HashMap<>());
            members.add(new ArrayList<>(List.of(i)));
        }
        for (Edge e : edges) {
            if (e.a() == e.b() || Double.isNaN(e.score()) || e.a() < 0 || e.b() < 0 || e.a() >= n || e.b() >= n) {
                continue;
            }
            if (score.putIfAbsent(key(n, e.a(), e.b()), e.score()) == null) {
                links.get(e.a()).put(e.b(), 1);
                links.get(e.b()).put(e.a(), 1);
            }
        }
        PriorityQueue<Merge> queue = new PriorityQueue<>((x, y) -> x.average() != y.average()
                ? Double.compare(y.average(), x.average())
                : x.low() != y.low() ? Integer.compare(x.low(), y.low()) : Integer.compare(x.high(), y.high()));
        for (int a = 0; a < n; a++) {
            for (int b : links.get(a).keySet()) {
                if (a < b) {
                    queue.add(new Merge(score.get(key(n, a, b)), a, b, 0, 0));
                }
            }
        }
        boolean[] alive = new boolean[n];
        java.util.Arrays.fill(alive, true);
        while (!queue.isEmpty()) {
            Merge m = queue.poll();
            if (!alive[m.low()] || !alive[m.high()] || version[m.low()] != m.lowVersion() || version[m.high()] != m.highVersion()) {
                continue;
            }
            if (m.average() < mergeScore) {
                break;
            }
            int low = m.low();
            int high = m.high();
            members.get(low).addAll(members.get(high));
            members.set(high, null);
            alive[high] = false;
            version[low]++;
            Map<Integer, Integer> lowLinks = links.get(low);
            lowLinks.remove(high);
            for (Map.Entry<Integer, Integer> e : links.get(high).entrySet()) {
                int c = e.getKey();
                if (c == low) {
                    continue;
                }
                lowLinks.merge(c, e.getValue(), Integer::sum);
                Map<Integer, Integer> cLinks = links.get(c);
                cLinks.remove(high);
                cLinks.put(low, lowLinks.get(c));
            }
            links.set(high, null);
            for (Map.Entry<Integer, Integer> e : lowLinks.entrySet()) {
                int c = e.getKey();
                if (e.getValue() == members.get(low).size() * members.get(c).size()) {
                    int first = Math.min(low, c);
                    int second = Math.max(low, c);
                    queue.add(new Merge(average(n, score, members.get(first), members.get(second)), first, second,
                            version[first], version[second]));
                }
            }
        }
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (alive[i]) {
                out.add(members.get(i).stream().sorted().toList());
            }
        }
        return out;
    }

    /** The mean score over all pairs across, summed in the order of the two member lists. */
    private static double average(int n, Map<Long, Double> score, List<Integer> a, List<Integer> b) {
        double sum = 0;
        for (int i : a) {
            for (int j : b) {
                sum += score.get(key(n, i, j));
            }
        }
        return sum / (a.size() * b.size());
    }

    private static long key(int n, int a, int b) {
        return (long) Math.min(a, b) * n + Math.max(a, b);
    }
}
