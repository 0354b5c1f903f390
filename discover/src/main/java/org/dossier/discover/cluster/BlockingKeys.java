package org.dossier.discover.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.dossier.discover.DiscoverConfig;

/**
 * A document's blocking keys: its highest-weighted terms and entities. Two documents are a candidate pair only when they
 * share a key held by at most {@link DiscoverConfig#maxBlock()} documents, so the pairs grow with the stream, not with its
 * square. A pure function of one vector: a distributed job can emit (key, document) and pair documents per key.
 */
public final class BlockingKeys {

    private final DiscoverConfig config;

    public BlockingKeys(DiscoverConfig config) {
        this.config = config;
    }

    public List<String> of(DocumentVector v) {
        List<String> keys = new ArrayList<>();
        top(v.terms(), config.blockingTerms()).forEach(k -> keys.add(Keys.term(k)));
        top(v.entities(), config.blockingEntities()).forEach(k -> keys.add(Keys.entity(k)));
        return keys;
    }

    private static List<String> top(Map<String, Double> weights, int n) {
        return weights.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .limit(n).map(Map.Entry::getKey).toList();
    }
}
