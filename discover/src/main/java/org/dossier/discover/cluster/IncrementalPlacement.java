package org.dossier.discover.cluster;

import java.util.HashMap;
import java.util.Map;

/**
 * Places items where a clustering of all items from scratch puts them, while every fixed group (an existing event)
 * lives on. Each fixed group has a home, the fresh cluster holding most of its items (ties: the cluster of its lowest
 * such item), and keeps the items it has there. A fresh cluster is owned by the fixed group at home there with most
 * items in it (ties: the lowest item); the cluster's new items, and the items of other fixed groups that the fresh
 * clustering puts there, join the owner; in a cluster with no owner they form a new group together. So an incremental
 * run decides as a batch run would, and an earlier run's mistake (a few items of one event put into another) is undone
 * by moving those items, without losing any fixed group: fixed groups never merge (two at home in one cluster stay two
 * groups) and never disappear (the home part is never empty).
 */
public final class IncrementalPlacement {

    private IncrementalPlacement() {
    }

    /**
     * Each item's group and whether it moved out of its fixed group.
     *
     * @param group each item's group: the lowest item index in it
     * @param moved true for an item of a fixed group that is now in another group
     */
    public record Placement(int[] group, boolean[] moved) {

        /** How many items moved out of their fixed group. */
        public int movedCount() {
            int n = 0;
            for (boolean m : moved) {
                n += m ? 1 : 0;
            }
            return n;
        }
    }

    /**
     * @param fresh each item's group in a clustering of all items from scratch (any group numbers)
     * @param fixedGroup each item's fixed group number, or -1 for a new item
     */
    public static Placement place(int[] fresh, int[] fixedGroup) {
        int n = fresh.length;
        if (fixedGroup.length != n) {
            throw new IllegalArgumentException("fresh and fixedGroup differ in length: " + n + " and " + fixedGroup.length);
        }
        // fixed group -> fresh cluster -> {items in both, the lowest of them}
        Map<Integer, Map<Integer, int[]>> overlap = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (fixedGroup[i] >= 0) {
                final int item = i;
                overlap.computeIfAbsent(fixedGroup[i], g -> new HashMap<>()).computeIfAbsent(fresh[i], c -> new int[] {0, item})[0]++;
            }
        }
        Map<Integer, Integer> home = new HashMap<>();             // fixed group -> its home cluster
        Map<Integer, Integer> owner = new HashMap<>();            // fresh cluster -> the fixed group at home there with most
        Map<Integer, int[]> ownerShare = new HashMap<>();         // fresh cluster -> {owner's items there, its first one}
        overlap.forEach((g, row) -> {
            int best = -1;
            int most = 0;
            int bestFirst = Integer.MAX_VALUE;
            for (Map.Entry<Integer, int[]> e : row.entrySet()) {
                int count = e.getValue()[0];
                int first = e.getValue()[1];
                if (count > most || (count == most && first < bestFirst)) {
                    best = e.getKey();
                    most = count;
                    bestFirst = first;
                }
            }
            home.put(g, best);
            int[] current = ownerShare.get(best);
            if (current == null || most > current[0] || (most == current[0] && bestFirst < current[1])) {
                owner.put(best, g);
                ownerShare.put(best, new int[] {most, bestFirst});
            }
        });
        // every group is labelled by one of its items: a fixed group by its lowest item at home, a new group by its
        // first item; the labels are then renumbered to the lowest item of each group
        int[] label = new int[n];
        boolean[] moved = new boolean[n];
        Map<Integer, Integer> homeLabel = new HashMap<>();        // fixed group -> its lowest item at home
        Map<Integer, Integer> newLabel = new HashMap<>();         // fresh cluster without an owner -> its first item
        for (int i = 0; i < n; i++) {
            int g = fixedGroup[i];
            if (g >= 0 && home.get(g) == fresh[i]) {
                final int item = i;
                label[i] = homeLabel.computeIfAbsent(g, x -> item);
            }
        }
        for (int i = 0; i < n; i++) {
            int g = fixedGroup[i];
            if (g >= 0 && home.get(g) == fresh[i]) {
                continue;
            }
            moved[i] = g >= 0;
            Integer o = owner.get(fresh[i]);
            final int item = i;
            label[i] = o != null ? homeLabel.get(o) : newLabel.computeIfAbsent(fresh[i], c -> item);
        }
        Map<Integer, Integer> lowestOfLabel = new HashMap<>();
        for (int i = 0; i < n; i++) {
            lowestOfLabel.putIfAbsent(label[i], i);
        }
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = lowestOfLabel.get(label[i]);
        }
        return new Placement(group, moved);
    }
}
