package org.dossier.reconcile.coverage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An inverted index of content-word sets, each belonging to a source, that answers whether a set has a match in another
 * source: a set whose cosine (shared words over the geometric mean of the sizes) with it reaches a threshold. Only sets
 * sharing a word are ever compared, so the cost follows the postings rather than all pairs. Immutable once built.
 */
final class SharedWords {

    private final List<String> sources = new ArrayList<>();
    private final List<Integer> sizes = new ArrayList<>();
    private final Map<String, List<Integer>> postings = new HashMap<>();

    /** Adds {@code words} of {@code source}; returns this. */
    SharedWords add(String source, Set<String> words) {
        int id = sources.size();
        sources.add(source);
        sizes.add(words.size());
        for (String w : words) {
            postings.computeIfAbsent(w, k -> new ArrayList<>()).add(id);
        }
        return this;
    }

    /** Whether a set from a source other than {@code source} has a cosine of at least {@code threshold} with {@code words}. */
    boolean sharedElsewhere(String source, Set<String> words, double threshold) {
        if (words.isEmpty()) {
            return false;
        }
        Map<Integer, Integer> shared = new HashMap<>();
        for (String w : words) {
            for (int id : postings.getOrDefault(w, List.of())) {
                if (!sources.get(id).equals(source)) {
                    shared.merge(id, 1, Integer::sum);
                }
            }
        }
        for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
            if (e.getValue() / Math.sqrt((double) words.size() * sizes.get(e.getKey())) >= threshold) {
                return true;
            }
        }
        return false;
    }
}
