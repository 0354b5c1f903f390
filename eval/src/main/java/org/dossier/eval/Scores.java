package org.dossier.eval;

import java.util.List;
import java.util.Optional;

/**
 * The measures of one dossier against one gold file, in a fixed order ({@link GoldScorer#MEASURES}). Absent measures are
 * listed too, with value NaN.
 *
 * @param measures every measure, in order
 */
public record Scores(List<Measure> measures) {

    public Scores {
        measures = List.copyOf(measures);
    }

    /** The measure with this name, if it was computed. */
    public Optional<Measure> get(String name) {
        return measures.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    /** The value of the named measure; NaN when it is absent or unknown. */
    public double value(String name) {
        return get(name).map(Measure::value).orElse(Double.NaN);
    }

    /** The mean of the present measures' values, or NaN when none is present. */
    public double overall() {
        return measures.stream().filter(Measure::present).mapToDouble(Measure::value).average().orElse(Double.NaN);
    }
}
