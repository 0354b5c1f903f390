package org.dossier.eval.extraction;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How one predicted article body matches the true one, as shares of shingles: true positives, false positives and
 * false negatives, divided by their sum so that each page weighs the same (all zero when both texts have no token).
 */
public record PageMatch(double tp, double fp, double fn) {

    /** Compares the shingle multisets of a true and a predicted body; null counts as empty. */
    public static PageMatch of(String truth, String prediction) {
        Map<String, Integer> truthShingles = ShingleCounts.shingles(truth);
        Map<String, Integer> predicted = ShingleCounts.shingles(prediction);
        Set<String> keys = new HashSet<>(truthShingles.keySet());
        keys.addAll(predicted.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (String key : keys) {
            int t = truthShingles.getOrDefault(key, 0);
            int p = predicted.getOrDefault(key, 0);
            tp += Math.min(t, p);
            fp += Math.max(0, p - t);
            fn += Math.max(0, t - p);
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new PageMatch(tp / sum, fp / sum, fn / sum) : new PageMatch(0, 0, 0);
    }

    /** 1 when nothing is wrong, 0 when nothing is right, else tp/(tp+fp). */
    public double precision() {
        if (fp == 0 && fn == 0) {
            return 1;
        }
        if (tp == 0 && fp == 0) {
            return 0;
        }
        return tp / (tp + fp);
    }

    /** 1 when nothing is wrong, 0 when nothing is found, else tp/(tp+fn). */
    public double recall() {
        if (fp == 0 && fn == 0) {
            return 1;
        }
        if (tp == 0 && fn == 0) {
            return 0;
        }
        return tp / (tp + fn);
    }
}
