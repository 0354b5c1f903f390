package org.dossier.eval;

import java.util.List;
import java.util.Objects;

/**
 * One named measure: {@code numerator} of {@code denominator} gold (or dossier) items passed. A measure with denominator 0
 * is absent: its value is NaN and it does not count in {@link Scores#overall()}. {@code misses} say in words which items failed.
 *
 * @param name the measure name, as in {@code shared/eval/README.md} (e.g. {@code entities_resolved})
 * @param numerator items that passed, at most {@code denominator}
 * @param denominator items scored
 * @param misses one human-readable line per failed item (also notes on snippets that could not be found)
 */
public record Measure(String name, int numerator, int denominator, List<String> misses) {

    public Measure {
        Objects.requireNonNull(name, "name");
        if (denominator < 0 || numerator < 0 || numerator > denominator) {
            throw new IllegalArgumentException("numerator must be in [0, denominator], got " + numerator + "/" + denominator
                    + " for " + name);
        }
        misses = List.copyOf(misses);
    }

    /** True when at least one item was scored. */
    public boolean present() {
        return denominator > 0;
    }

    /** The share in [0, 1], or NaN when the measure is absent. */
    public double value() {
        return present() ? (double) numerator / denominator : Double.NaN;
    }
}
