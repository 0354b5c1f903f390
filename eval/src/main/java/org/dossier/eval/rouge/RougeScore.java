package org.dossier.eval.rouge;

/**
 * One ROUGE-N score. Each value is in [0, 1]; a value whose denominator is zero is 0.
 *
 * @param recall matched reference n-grams over all reference n-grams
 * @param precision matched n-grams over the summary's n-grams
 * @param f the harmonic mean of recall and precision (F1)
 */
public record RougeScore(double recall, double precision, double f) {

    /** The score for these counts: {@code hits} clipped matches, {@code referenceCount} and {@code summaryCount} n-grams. */
    public static RougeScore of(double hits, double referenceCount, double summaryCount) {
        double r = referenceCount == 0 ? 0 : hits / referenceCount;
        double p = summaryCount == 0 ? 0 : hits / summaryCount;
        return new RougeScore(r, p, r + p == 0 ? 0 : 2 * r * p / (r + p));
    }
}
