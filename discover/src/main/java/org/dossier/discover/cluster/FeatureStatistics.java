package org.dossier.discover.cluster;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.dossier.discover.DocumentFeatures;

/**
 * Document frequencies of terms, entity keys and dates over a collection of documents, for inverse document frequency
 * weights. Two statistics over disjoint collections {@link #merge} into the statistics of their union, so they can be
 * computed per partition and reduced. Not thread-safe while being filled.
 */
public final class FeatureStatistics implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private int documents;

    /** Statistics of {@code features}. */
    public static FeatureStatistics of(Iterable<DocumentFeatures> features) {
        FeatureStatistics s = new FeatureStatistics();
        for (DocumentFeatures f : features) {
            s.add(f);
        }
        return s;
    }

    public void add(DocumentFeatures f) {
        documents++;
        f.terms().keySet().forEach(k -> documentFrequency.merge(Keys.term(k), 1, Integer::sum));
        f.entities().keySet().forEach(k -> documentFrequency.merge(Keys.entity(k), 1, Integer::sum));
        Keys.dateKeys(f).forEach(k -> documentFrequency.merge(k, 1, Integer::sum));
    }

    /** Adds the counts of {@code other} (statistics of a disjoint collection) to these. */
    public FeatureStatistics merge(FeatureStatistics other) {
        documents += other.documents;
        other.documentFrequency.forEach((k, v) -> documentFrequency.merge(k, v, Integer::sum));
        return this;
    }

    public int documents() {
        return documents;
    }

    /** How many documents hold the (namespaced) key. */
    public int documentFrequency(String key) {
        return documentFrequency.getOrDefault(key, 0);
    }

    /** Smoothed inverse document frequency, {@code ln((1 + N) / (1 + df)) + 1}. */
    public double idf(String key) {
        return Math.log((1.0 + documents) / (1.0 + documentFrequency(key))) + 1;
    }
}
