package org.dossier.discover.cluster;

import java.io.Serializable;
import java.util.Map;
import java.util.Set;

/**
 * A document's features weighted by TF-IDF ({@code (1 + ln tf) · idf}) and scaled to unit length, one vector per kind.
 *
 * @param days the full dates it gives, with its own date, for date conflicts
 * @param persons how often each person key is mentioned, for participant conflicts
 * @param central the most mentioned person keys (mentioned at least twice), or none
 */
public record DocumentVector(String sourceId, Map<String, Double> terms, Map<String, Double> entities,
        Map<String, Double> dates, Set<String> days, Map<String, Integer> persons, Set<String> central)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public DocumentVector {
        terms = Map.copyOf(terms);
        entities = Map.copyOf(entities);
        dates = Map.copyOf(dates);
        days = Set.copyOf(days);
        persons = Map.copyOf(persons);
        central = Set.copyOf(central);
    }

    /** The dot product of two unit vectors: their cosine. */
    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        if (a.size() > b.size()) {
            Map<String, Double> t = a;
            a = b;
            b = t;
        }
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double w = b.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot;
    }
}
