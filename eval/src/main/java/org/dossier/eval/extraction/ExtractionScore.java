package org.dossier.eval.extraction;

import java.util.List;

/**
 * The benchmark's corpus score: precision is the mean page precision over pages that predicted something
 * ({@code tp + fp > 0}), recall the mean page recall over pages with a true body ({@code tp + fn > 0}), and F1 their
 * harmonic mean. Values are NaN when no page qualifies.
 */
public record ExtractionScore(double precision, double recall, double f1, int pages) {

    /** Scores a list of page matches. */
    public static ExtractionScore of(List<PageMatch> matches) {
        double precision = matches.stream().filter(m -> m.tp() + m.fp() > 0)
                .mapToDouble(PageMatch::precision).average().orElse(Double.NaN);
        double recall = matches.stream().filter(m -> m.tp() + m.fn() > 0)
                .mapToDouble(PageMatch::recall).average().orElse(Double.NaN);
        double f1 = 2 * precision * recall / (precision + recall);
        return new ExtractionScore(precision, recall, f1, matches.size());
    }

    @Override
    public String toString() {
        return String.format("precision=%.3f recall=%.3f F1=%.3f (%d pages)", precision, recall, f1, pages);
    }
}
