package org.dossier.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvalReportTest {
    private static final Scores SCORES = new Scores(List.of(
            new Measure("entities_resolved", 28, 30, List.of("Akie Abe: no dossier entity has \"Mrs. Abe\"", "Kyodo News: x")),
            new Measure("figures", 0, 0, List.of()),
            new Measure("timeline", 3, 4, List.of("not found: 2025-02 d1 \"last October\""))));

    @Test
    void formatsOneAlignedLinePerMeasureThenTheOverallMean() {
        assertThat(EvalReport.format(SCORES)).isEqualTo("""
                entities_resolved   0.933  (28/30)
                figures               n/a  (0/0)
                timeline            0.750  (3/4)
                overall             0.842
                """);
    }

    @Test
    void formatsMissesUnderTheirMeasure() {
        assertThat(EvalReport.formatMisses(SCORES)).isEqualTo("""
                entities_resolved (2 misses)
                  - Akie Abe: no dossier entity has "Mrs. Abe"
                  - Kyodo News: x
                timeline (1 miss)
                  - not found: 2025-02 d1 "last October"
                """);
    }

    @Test
    void measureRejectsANumeratorAboveItsDenominator() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Measure("x", 3, 2, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("numerator must be in [0, denominator], got 3/2 for x");
    }
}
