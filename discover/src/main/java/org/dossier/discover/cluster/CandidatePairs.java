package org.dossier.discover.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.discover.DiscoverConfig;

/**
 * Candidate pairs by blocking: documents that share a blocking key not held by too many documents, each pair scored once.
 * With {@code firstNew}, only pairs with at least one document at or after that index (the new ones) are made.
 */
public final class CandidatePairs {

    private final BlockingKeys keys;
    private final PairScorer scorer;
    private final int maxBlock;

    public CandidatePairs(DiscoverConfig config, PairScorer scorer) {
        this.keys = new BlockingKeys(config);
        this.scorer = scorer;
        this.maxBlock = config.maxBlock();
    }

    /** Scored pairs among {@code docs} with at least one index {@code >= firstNew} (0: all candidate pairs). */
    public List<ScoredPair> scored(List<DocumentVector> docs, int firstNew) {
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            for (String k : keys.of(docs.get(i))) {
                blocks.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
            }
        }
        Map<Long, Boolean> seen = new HashMap<>();
        List<ScoredPair> out = new ArrayList<>();
        for (List<Integer> block : blocks.values()) {
            if (block.size() < 2 || block.size() > maxBlock) {
                continue;
            }
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
}
