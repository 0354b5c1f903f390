package org.dossier.eval.cluster;

import java.util.HashMap;
import java.util.Map;

/**
 * B-cubed scoring of a clustering: for each gold item, precision is the share of its system cluster that shares its gold
 * cluster, recall the share of its gold cluster that shares its system cluster; both are averaged over the gold items.
 * A gold item missing from the system output counts as a cluster of its own; system items not in the gold are ignored
 * (system clusters are restricted to the gold items).
 */
public final class BCubed {

    private BCubed() {
    }

    /**
     * @param gold each gold item's cluster label
     * @param system each system item's cluster label
     */
    public static BCubedScore score(Map<String, String> gold, Map<String, String> system) {
        if (gold.isEmpty()) {
            throw new IllegalArgumentException("no gold items");
        }
        Map<String, Integer> goldSizes = new HashMap<>();
        Map<String, Integer> systemSizes = new HashMap<>();
        Map<String, Integer> overlap = new HashMap<>();
        int unplaced = 0;
        Map<String, String> placed = new HashMap<>();
        for (Map.Entry<String, String> e : gold.entrySet()) {
            String s = system.get(e.getKey());
            if (s == null) {
                unplaced++;
                s = "\u0000unplaced:" + e.getKey();
            }
            placed.put(e.getKey(), s);
            goldSizes.merge(e.getValue(), 1, Integer::sum);
            systemSizes.merge(s, 1, Integer::sum);
            overlap.merge(e.getValue() + "\u0000" + s, 1, Integer::sum);
        }
        double precision = 0;
        double recall = 0;
        for (Map.Entry<String, String> e : gold.entrySet()) {
            String s = placed.get(e.getKey());
            int both = overlap.get(e.getValue() + "\u0000" + s);
            precision += (double) both / systemSizes.get(s);
            recall += (double) both / goldSizes.get(e.getValue());
        }
        int extra = (int) system.keySet().stream().filter(k -> !gold.containsKey(k)).count();
        return new BCubedScore(precision / gold.size(), recall / gold.size(), gold.size(), unplaced, extra);
    }
}
