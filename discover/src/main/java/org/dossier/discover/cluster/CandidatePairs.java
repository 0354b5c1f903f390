package org.dossier.discover.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.discover.DiscoverConfig;

/**
 * Candidate pairs by blocking: documents that share a blocking key both keep ({@link BlockingKeys}, with the document
 * frequencies of the documents given), each pair scored once. With {@code firstNew}, only pairs with at least one
 * document at or after that index (the new ones) are made.
 */
public final class CandidatePairs {

    private final BlockingKeys keys;
    private final PairScorer scorer;

    public CandidatePairs(DiscoverConfig config, PairScorer scorer) {
        this.keys = new BlockingKeys(config);
        this.scorer = scorer;
    }

    /** Scored pairs among {@code docs} with at least one index {@code >= firstNew} (0: all candidate pairs). */
    public List<ScoredPair> scored(List<DocumentVector> docs, int firstNew) {
        List<List<String>> candidates = docs.stream().map(keys::candidates).toList();
        Map<String, Integer> frequency = documentFrequencies(docs, candidates);
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            for (String k : keys.keep(candidates.get(i), key -> frequency.getOrDefault(key, 0))) {
                blocks.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
            }
        }
        Map<Long, Boolean> seen = new HashMap<>();
        List<ScoredPair> out = new ArrayList<>();
        for (List<Integer> block : blocks.values()) {
            for (int x = 0; x < block.size(); x++) {
                for (int y = x + 1; y < block.size(); y++) {
                    int a = Math.min(block.get(x), block.get(y));
                    int b = Math.max(block.get(x), block.get(y));
                    if (b < firstNew || seen.putIfAbsent(((long) a << 32) | b, Boolean.TRUE) != null) {
                        continue;
                    }
                    double s = scorer.score(docs.get(a), docs.get(b));
                    if (s > 0) {
                        out.add(new ScoredPair(a, b, s));
                    }
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(ScoredPair::a).thenComparingInt(ScoredPair::b));
        return out;
    }

    /**
     * How many of {@code docs} hold each key that some document may keep: the document frequencies
     * {@link FeatureStatistics} gives when {@code docs} are its collection.
     */
    private static Map<String, Integer> documentFrequencies(List<DocumentVector> docs, List<List<String>> candidates) {
        Set<String> wanted = new HashSet<>();
        candidates.forEach(wanted::addAll);
        Map<String, Integer> out = new HashMap<>();
        for (DocumentVector v : docs) {
            for (String t : v.terms().keySet()) {
                count(out, wanted, Keys.term(t));
            }
            for (String e : v.entities().keySet()) {
                count(out, wanted, Keys.entity(e));
            }
        }
        return out;
    }

    private static void count(Map<String, Integer> frequency, Set<String> wanted, String key) {
        if (wanted.contains(key)) {
            frequency.merge(key, 1, Integer::sum);
        }
    }
}
