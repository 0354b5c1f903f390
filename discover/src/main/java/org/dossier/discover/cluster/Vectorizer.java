package org.dossier.discover.cluster;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.dossier.discover.DocumentFeatures;

/** Weights one document's features against collection statistics: a pure function once the statistics are fixed. */
public final class Vectorizer {

    private static final String PERSON = "person:";

    private final FeatureStatistics statistics;

    public Vectorizer(FeatureStatistics statistics) {
        this.statistics = statistics;
    }

    public DocumentVector vector(DocumentFeatures f) {
        Map<String, Double> terms = new HashMap<>();
        f.terms().forEach((k, n) -> terms.put(k, tf(n) * statistics.idf(Keys.term(k))));
        Map<String, Double> entities = new HashMap<>();
        f.entities().forEach((k, n) -> entities.put(k, tf(n) * statistics.idf(Keys.entity(k))));
        Map<String, Integer> dateCounts = new HashMap<>();
        f.dates().forEach((d, n) -> Keys.expand(d).forEach(k -> dateCounts.merge(k, n, Integer::sum)));
        Map<String, Double> dates = new HashMap<>();
        dateCounts.forEach((k, n) -> dates.put(k, tf(n) * statistics.idf(k)));
        Set<String> days = new HashSet<>();
        for (String d : f.dates().keySet()) {
            if (d.length() >= 10) {
                days.add(d);
            }
        }
        if (f.date() != null) {
            days.add(f.date());
        }
        Map<String, Integer> persons = new HashMap<>();
        f.entities().forEach((k, n) -> {
            if (k.startsWith(PERSON)) {
                persons.put(k, n);
            }
        });
        int top = persons.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        Set<String> central = new HashSet<>();
        if (top >= 2) {
            persons.forEach((k, n) -> {
                if (n == top) {
                    central.add(k);
                }
            });
        }
        return new DocumentVector(f.sourceId(), unit(terms), unit(entities), unit(dates), days, persons, central,
                unit(f.lead()));
    }

    private static float[] unit(float[] v) {
        if (v == null) {
            return null;
        }
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (norm == 0) {
            return null;
        }
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (v[i] / norm);
        }
        return v;
    }

    private static double tf(int n) {
        return 1 + Math.log(n);
    }

    /** {@code v} scaled to unit length; the norm is summed in key order, as {@link DocumentVector} sums. */
    private static Map<String, Double> unit(Map<String, Double> v) {
        Map<String, Double> sorted = new java.util.TreeMap<>(v);
        double squares = 0;
        for (double x : sorted.values()) {
            squares += x * x;
        }
        double norm = Math.sqrt(squares);
        if (norm > 0) {
            sorted.replaceAll((k, x) -> x / norm);
        }
        return sorted;
    }
}
