package org.dossier.reconcile.crosssource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Cosine similarity between texts embedded in one call, and the same as a z-score: standard deviations above the mean
 * similarity of all pairs of a calibration set (the corpus's claim sentences). Unrelated sentences score near 0 whatever
 * the embedder's raw floor is. Immutable once built.
 */
final class SimilarityIndex {

    private final Map<String, float[]> vectors;
    private final double mean;
    private final double sd;

    private SimilarityIndex(Map<String, float[]> vectors, double mean, double sd) {
        this.vectors = vectors;
        this.mean = mean;
        this.sd = sd;
    }

    /** Embeds {@code texts} and {@code calibration} in one call and calibrates on all pairs of distinct calibration texts. */
    static SimilarityIndex build(SentenceEmbedder embedder, Collection<String> texts, Collection<String> calibration) {
        LinkedHashSet<String> all = new LinkedHashSet<>(texts);
        all.addAll(calibration);
        List<String> ordered = new ArrayList<>(all);
        float[][] rows = ordered.isEmpty() ? new float[0][] : embedder.embed(ordered);
        if (rows.length != ordered.size()) {
            throw new IllegalStateException("embedder returned " + rows.length + " vectors for " + ordered.size() + " texts");
        }
        Map<String, float[]> vectors = new HashMap<>();
        for (int i = 0; i < rows.length; i++) {
            vectors.put(ordered.get(i), rows[i]);
        }
        List<float[]> cal = new LinkedHashSet<>(calibration).stream().map(vectors::get).toList();
        double sum = 0;
        double sumSq = 0;
        long n = 0;
        for (int i = 0; i < cal.size(); i++) {
            for (int j = i + 1; j < cal.size(); j++) {
                double c = cosine(cal.get(i), cal.get(j));
                sum += c;
                sumSq += c * c;
                n++;
            }
        }
        double mean = n == 0 ? 0 : sum / n;
        double variance = n == 0 ? 0 : sumSq / n - mean * mean;
        double sd = Math.sqrt(Math.max(variance, 1e-6));
        return new SimilarityIndex(vectors, mean, n < 3 ? 0.1 : sd);
    }

    double mean() {
        return mean;
    }

    double sd() {
        return sd;
    }

    double cosine(String a, String b) {
        return cosine(vector(a), vector(b));
    }

    /** Similarity of {@code a} and {@code b} in standard deviations above the calibration mean. */
    double z(String a, String b) {
        return (cosine(a, b) - mean) / sd;
    }

    private float[] vector(String text) {
        return Objects.requireNonNull(vectors.get(text), () -> "text was not embedded: " + text);
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
