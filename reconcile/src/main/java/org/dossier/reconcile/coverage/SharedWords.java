package org.dossier.reconcile.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An inverted index of content-word sets, each belonging to a source, that answers whether a set has a match in another
 * source: a set whose cosine (shared words over the geometric mean of the sizes) with it reaches a threshold. Only sets
 * sharing one of the query's rarer words are ever compared (a prefix filter, as in Bayardo, Ma and Srikant's All-Pairs,
 * 2007): a set with a cosine of at least t with n words shares at least t²·n of them, so it holds one of the
 * n − ⌈t²·n⌉ + 1 rarest. Words are read rarest first and the search stops at the first match, so the cost follows the
 * postings of the rarer words rather than those of the words every sentence uses. Immutable once built.
 */
final class SharedWords {

    private final List<String> sources = new ArrayList<>();
    private final List<Set<String>> sets = new ArrayList<>();
    private final Map<String, List<Integer>> postings = new HashMap<>();

    /** Adds {@code words} of {@code source}; returns this. */
    SharedWords add(String source, Set<String> words) {
        int id = sources.size();
        sources.add(source);
        sets.add(words);
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
        int n = words.size();
        List<List<Integer>> rarestFirst = new ArrayList<>();
        for (String w : words) {
            rarestFirst.add(postings.getOrDefault(w, List.of()));
        }
        rarestFirst.sort(Comparator.comparingInt(List::size));
        int needed = Math.max(1, (int) Math.ceil(threshold * threshold * n - 1e-9));
        int prefix = Math.min(n, n - needed + 1);
        Set<Integer> seen = new HashSet<>();
        for (int k = 0; k < prefix; k++) {
            for (int id : rarestFirst.get(k)) {
                if (!seen.add(id) || sources.get(id).equals(source)) {
                    continue;
                }
                double norm = Math.sqrt((double) n * sets.get(id).size());
                if ((n - k) / norm < threshold) {
                    continue;   // it holds none of the k rarer words, so it shares at most n − k
                }
                int shared = 0;
                for (String w : words) {
                    if (sets.get(id).contains(w)) {
                        shared++;
                    }
                }
                if (shared / norm >= threshold) {
                    return true;
                }
            }
        }
        return false;
    }
}
