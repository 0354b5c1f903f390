package org.dossier.discover.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.dossier.discover.DiscoverConfig;

/**
 * A document's blocking keys: of its highest-weighted terms and entities, the most specific ones (held by the fewest
 * documents) while the other documents they reach, summed over its keys, stay within {@link DiscoverConfig#maxBlock()}.
 * Two documents are a candidate pair only when they share a key both of them keep, so each document is compared with at
 * most {@code maxBlock} others however long the stream grows, and the pairs grow linearly with it. A pure function of one
 * vector and the collection's document frequencies: a distributed job can emit (key, document) and pair documents per key.
 */
public final class BlockingKeys {

    private final DiscoverConfig config;

    public BlockingKeys(DiscoverConfig config) {
        this.config = config;
    }

    /**
     * The keys {@code v} keeps, most specific first.
     *
     * @param documentFrequency how many documents of the collection hold a key (the keys are those of
     *     {@link FeatureStatistics#documentFrequency})
     */
    public List<String> of(DocumentVector v, ToIntFunction<String> documentFrequency) {
        return keep(candidates(v), documentFrequency);
    }

    /** Of a document's {@link #candidates}, the ones it keeps, most specific first. */
    List<String> keep(List<String> candidates, ToIntFunction<String> documentFrequency) {
        List<Map.Entry<String, Integer>> byFrequency = new ArrayList<>(candidates.size());
        candidates.forEach(k -> byFrequency.add(Map.entry(k, documentFrequency.applyAsInt(k))));
        byFrequency.sort(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
        List<String> keys = new ArrayList<>();
        long reached = 0;
        for (Map.Entry<String, Integer> k : byFrequency) {
            reached += Math.max(0, k.getValue() - 1);
            if (reached > config.maxBlock()) {
                break;
            }
            keys.add(k.getKey());
        }
        return keys;
    }

    /** The keys {@code v} may keep: its highest-weighted terms and entities. */
    List<String> candidates(DocumentVector v) {
        List<String> out = new ArrayList<>();
        top(v.terms(), config.blockingTerms()).forEach(k -> out.add(Keys.term(k)));
        top(v.entities(), config.blockingEntities()).forEach(k -> out.add(Keys.entity(k)));
        return out;
    }

    private static List<String> top(Map<String, Double> weights, int n) {
        return weights.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .limit(n).map(Map.Entry::getKey).toList();
    }
}
