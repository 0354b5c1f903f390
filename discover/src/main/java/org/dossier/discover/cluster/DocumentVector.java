package org.dossier.discover.cluster;

import java.io.Serializable;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A document's features weighted by TF-IDF ({@code (1 + ln tf) · idf}) and scaled to unit length, one vector per kind.
 * The weights are kept sorted by key and every sum runs in key order, so a vector gives the same bits in any JVM and
 * after serialization: an engine that ships vectors between machines scores pairs exactly as one process does.
 *
 * @param days the full dates it gives, with its own date, for date conflicts
 * @param persons how often each person key is mentioned, for participant conflicts
 * @param central the most mentioned person keys (mentioned at least twice), or none
 * @param lead the unit-length embedding of its lead, or null
 */
public record DocumentVector(String sourceId, Map<String, Double> terms, Map<String, Double> entities,
        Map<String, Double> dates, Set<String> days, Map<String, Integer> persons, Set<String> central, float[] lead)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public DocumentVector {
        terms = sorted(terms);
        entities = sorted(entities);
        dates = sorted(dates);
        days = Set.copyOf(days);
        persons = Map.copyOf(persons);
        central = Set.copyOf(central);
    }

    private static Map<String, Double> sorted(Map<String, Double> weights) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(weights));
    }

    /** The cosine of two lead embeddings (each of unit length), or NaN when either document has none. */
    static double leadCosine(DocumentVector a, DocumentVector b) {
        if (a.lead == null || b.lead == null || a.lead.length != b.lead.length) {
            return Double.NaN;
        }
        double dot = 0;
        for (int i = 0; i < a.lead.length; i++) {
            dot += a.lead[i] * b.lead[i];
        }
        return dot;
    }

    /** The dot product of two unit vectors (weights sorted by key, as this record keeps them): their cosine. */
    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Iterator<Map.Entry<String, Double>> i = a.entrySet().iterator();
        Iterator<Map.Entry<String, Double>> j = b.entrySet().iterator();
        if (!i.hasNext() || !j.hasNext()) {
            return 0;
        }
        Map.Entry<String, Double> x = i.next();
        Map.Entry<String, Double> y = j.next();
        double dot = 0;
        while (true) {
            int c = x.getKey().compareTo(y.getKey());
            if (c == 0) {
                dot += x.getValue() * y.getValue();
            }
            if (c <= 0) {
                if (!i.hasNext()) {
                    return dot;
                }
                x = i.next();
            }
            if (c >= 0) {
                if (!j.hasNext()) {
                    return dot;
                }
                y = j.next();
            }
        }
    }
}
