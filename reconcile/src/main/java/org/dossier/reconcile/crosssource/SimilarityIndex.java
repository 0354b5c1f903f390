package org.dossier.reconcile.crosssource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Cosine similarity between texts embedded in one call, and the same as a normal score: the cosine's rank among all
 * pairs of a calibration set (the corpus's claim sentences), mapped through the inverse normal distribution. So 0 is a
 * typical pair, 1.64 the top 5% and 2.33 the top 1%, whatever the embedder's raw floor and spread. Immutable once built.
 */
final class SimilarityIndex {

    private final Map<String, float[]> vectors;
    /** Each vector's squared norm, summed as {@link #cosine(float[], float[])} sums it. */
    private final Map<float[], Double> squaredNorms;
    private final double mean;
    private final double sd;
    private final double[] sorted;

    private SimilarityIndex(Map<String, float[]> vectors, double mean, double sd, double[] sorted) {
        this.vectors = vectors;
        this.squaredNorms = new java.util.IdentityHashMap<>();
        vectors.values().forEach(v -> squaredNorms.put(v, squaredNorm(v)));
        this.mean = mean;
        this.sd = sd;
        this.sorted = sorted;
    }

    /** Above this many calibration pairs, ranks are calibrated on a sample of this size (quadratic cost otherwise). */
    static final int MAX_CALIBRATION_PAIRS = 250_000;
    private static final long CALIBRATION_SEED = 7L;

    /**
     * Embeds {@code texts} and {@code calibration} in one call and calibrates on all pairs of distinct calibration texts
     * (on a seeded sample of {@value #MAX_CALIBRATION_PAIRS} pairs when there are more).
     */
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
        double[] calNorms = cal.stream().mapToDouble(SimilarityIndex::squaredNorm).toArray();
        double sum = 0;
        double sumSq = 0;
        int n = 0;
        long allPairs = (long) cal.size() * (cal.size() - 1) / 2;
        double[] pairs;
        if (allPairs <= MAX_CALIBRATION_PAIRS) {
            pairs = new double[(int) allPairs];
            for (int i = 0; i < cal.size(); i++) {
                for (int j = i + 1; j < cal.size(); j++) {
                    double c = cosine(cal.get(i), calNorms[i], cal.get(j), calNorms[j]);
                    pairs[n++] = c;
                    sum += c;
                    sumSq += c * c;
                }
            }
        } else {
            // a large corpus: the rank scale is estimated from a fixed-size sample of pairs, drawn the same way every run
            pairs = new double[MAX_CALIBRATION_PAIRS];
            java.util.SplittableRandom random = new java.util.SplittableRandom(CALIBRATION_SEED);
            while (n < MAX_CALIBRATION_PAIRS) {
                int i = random.nextInt(cal.size());
                int j = random.nextInt(cal.size());
                if (i == j) {
                    continue;
                }
                double c = cosine(cal.get(i), calNorms[i], cal.get(j), calNorms[j]);
                pairs[n++] = c;
                sum += c;
                sumSq += c * c;
            }
        }
        java.util.Arrays.sort(pairs);
        double mean = n == 0 ? 0 : sum / n;
        double variance = n == 0 ? 0 : sumSq / n - mean * mean;
        double sd = Math.sqrt(Math.max(variance, 1e-6));
        return new SimilarityIndex(vectors, mean, n < 3 ? 0.1 : sd, pairs);
    }

    double mean() {
        return mean;
    }

    double sd() {
        return sd;
    }

    double cosine(String a, String b) {
        float[] va = vector(a);
        float[] vb = vector(b);
        return cosine(va, squaredNorms.get(va), vb, squaredNorms.get(vb));
    }

    /** Similarity of {@code a} and {@code b} as a normal score of its rank among the calibration pairs. */
    double z(String a, String b) {
        return normalScore(cosine(a, b));
    }

    /** The normal score of {@code cosine}: its mid-rank share among the calibration pairs through the inverse normal. */
    double normalScore(double cosine) {
        int n = sorted.length;
        if (n < 3) {
            return (cosine - mean) / sd;
        }
        int below = lowerBound(sorted, cosine);
        int notAbove = upperBound(sorted, cosine);
        double p = (below + notAbove) / 2.0 / n;
        p = Math.min(Math.max(p, 0.5 / n), 1 - 0.5 / n);
        return inverseNormal(p);
    }

    private static int lowerBound(double[] a, double x) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int upperBound(double[] a, double x) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The standard normal quantile of {@code p} in (0, 1) (Acklam's rational approximation, error below 1.2e-9). */
    static double inverseNormal(double p) {
        double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02,
            -3.066479806614716e+01, 2.506628277459239e+00};
        double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
            -1.328068155288572e+01};
        double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00,
            4.374664141464968e+00, 2.938163982698783e+00};
        double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
        double low = 0.02425;
        if (p < low) {
            double q = Math.sqrt(-2 * Math.log(p));
            return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        if (p > 1 - low) {
            double q = Math.sqrt(-2 * Math.log(1 - p));
            return -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }

    /** The embedding of {@code text}, which must have been embedded. */
    float[] vector(String text) {
        return Objects.requireNonNull(vectors.get(text), () -> "text was not embedded: " + text);
    }

    /**
     * The cosine of two vectors of one length given their {@link #squaredNorm}s: the same number as {@link
     * #cosine(float[], float[])}, which sums the norms in the same way, for a third of the work.
     */
    static double cosine(float[] a, double na, float[] b, double nb) {
        if (a.length != b.length) {
            return cosine(a, b);
        }
        int n = a.length;
        double dot0 = 0;
        double dot1 = 0;
        int i = 0;
        for (; i + 1 < n; i += 2) {
            dot0 += a[i] * b[i];
            dot1 += a[i + 1] * b[i + 1];
        }
        if (i < n) {
            dot0 += a[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : (dot0 + dot1) / Math.sqrt(na * nb);
    }

    /** The squared norm, summed in two parts over even and odd positions as {@link #cosine(float[], float[])} sums it. */
    static double squaredNorm(float[] v) {
        double n0 = 0;
        double n1 = 0;
        int i = 0;
        for (; i + 1 < v.length; i += 2) {
            n0 += v[i] * v[i];
            n1 += v[i + 1] * v[i + 1];
        }
        if (i < v.length) {
            n0 += v[i] * v[i];
        }
        return n0 + n1;
    }

    /** The cosine, each sum in two independent parts (one chain of additions would wait on each sum in turn). */
    static double cosine(float[] a, float[] b) {
        int n = Math.min(a.length, b.length);
        double dot0 = 0;
        double dot1 = 0;
        double na0 = 0;
        double na1 = 0;
        double nb0 = 0;
        double nb1 = 0;
        int i = 0;
        for (; i + 1 < n; i += 2) {
            dot0 += a[i] * b[i];
            dot1 += a[i + 1] * b[i + 1];
            na0 += a[i] * a[i];
            na1 += a[i + 1] * a[i + 1];
            nb0 += b[i] * b[i];
            nb1 += b[i + 1] * b[i + 1];
        }
        if (i < n) {
            dot0 += a[i] * b[i];
            na0 += a[i] * a[i];
            nb0 += b[i] * b[i];
        }
        double na = na0 + na1;
        double nb = nb0 + nb1;
        return na == 0 || nb == 0 ? 0 : (dot0 + dot1) / Math.sqrt(na * nb);
    }
}
