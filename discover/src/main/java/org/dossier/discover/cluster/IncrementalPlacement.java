package org.dossier.discover.cluster;

import java.util.HashMap;
import java.util.Map;

/**
 * Places new items where a clustering of all items from scratch puts them, without moving old ones: each fixed group
 * (an existing event) has a home, the fresh cluster holding most of its items; the new items of a fresh cluster join the
 * fixed group at home there that holds most of the cluster (ties: its lowest item), or, when no fixed group is at home
 * there, form a new group together. So an incremental run decides for the new items as a batch run would, and a small
 * part of an existing event that the batch run would put elsewhere (an earlier run's mistake) does not pull the new items
 * of its own event in with it.
 */
public final class IncrementalPlacement {

    private IncrementalPlacement() {
    }

    /**
     * @param fresh each item's group in a clustering of all items from scratch (any group numbers)
     * @param fixedGroup each item's fixed group number, or -1 for a new item
     * @return each item's group: a fixed group's lowest item index, or the lowest item index of a new group
     */
    public static int[] place(int[] fresh, int[] fixedGroup) {
        int n = fresh.length;
        if (fixedGroup.length != n) {
            throw new IllegalArgumentException("fresh and fixedGroup differ in length: " + n + " and " + fixedGroup.length);
        }
        Map<Integer, Integer> lowest = new HashMap<>();          // fixed group -> its lowest item
        // fixed group -> fresh cluster -> {items in both, the lowest of them}
        Map<Integer, Map<Integer, int[]>> overlap = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (fixedGroup[i] >= 0) {
                final int item = i;
                lowest.putIfAbsent(fixedGroup[i], i);
                overlap.computeIfAbsent(fixedGroup[i], g -> new HashMap<>()).computeIfAbsent(fresh[i], c -> new int[] {0, item})[0]++;
            }
        }
        Map<Integer, Integer> owner = new HashMap<>();            // fresh cluster -> the fixed group at home there
        Map<Integer, Integer> ownerShare = new HashMap<>();
        overlap.forEach((g, row) -> {
            int home = -1;
            int most = 0;
            int homeFirst = Integer.MAX_VALUE;
            for (Map.Entry<Integer, int[]> e : row.entrySet()) {
                int count = e.getValue()[0];
                int first = e.getValue()[1];
                if (count > most || (count == most && first < homeFirst)) {
                    home = e.getKey();
                    most = count;
                    homeFirst = first;
                }
            }
            Integer current = owner.get(home);
            if (current == null || most > ownerShare.get(home) || (most == ownerShare.get(home) && lowest.get(g) < lowest.get(current))) {
                owner.put(home, g);
                ownerShare.put(home, most);
            }
        });
        int[] out = new int[n];
        Map<Integer, Integer> newGroup = new HashMap<>();         // fresh cluster without an owner -> its lowest new item
        for (int i = 0; i < n; i++) {
            if (fixedGroup[i] >= 0) {
                out[i] = lowest.get(fixedGroup[i]);
            } else if (owner.containsKey(fresh[i])) {
                out[i] = lowest.get(owner.get(fresh[i]));
            } else {
                final int item = i;
                out[i] = newGroup.computeIfAbsent(fresh[i], c -> item);
            }
        }
        return out;
    }
}
