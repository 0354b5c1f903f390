package org.dossier.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.eval.TestDossier.json;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class FactMeasuresTest {
    private static final String TEXT = "Japan pledged $1 trillion, between 20 and 60 percent more, "
            + "on Feb. 7, 2025. Shares rose 3 percent and 500 jobs were added.";
    private static final JsonNode GOLD = json("""
            {"figures": [{"doc": "d1", "snippet": "$1 trillion", "value": 1e12, "unit": "USD"},
                         {"doc": "d1", "snippet": "between 20 and 60 percent", "value": [20, 60], "unit": "percent"}],
             "timeline": [{"date": "2025-02-07", "doc": "d1", "snippet": "Feb. 7, 2025", "what": "pledge"}]}
            """);

    private static TestDossier dossier() {
        return new TestDossier().source("d1", TEXT);
    }

    @Test
    void figureIsFoundWithEqualValueWithinRelativeTolerance() {
        JsonNode dossier = dossier()
                .figure("f1", "d1", "$1 trillion", json("1000000000000.0000001"), "USD")
                .figure("f2", "d1", "20 and 60 percent", json("[20.0, 60]"), "percent").build();

        assertThat(GoldScorer.score(GOLD, dossier).value("figures")).isEqualTo(1.0);
    }

    @Test
    void figureWithAnotherValueOrARangeAsANumberIsNotFound() {
        JsonNode dossier = dossier()
                .figure("f1", "d1", "$1 trillion", json("1e9"), "USD")
                .figure("f2", "d1", "60 percent", json("60"), "percent").build();

        Measure figures = GoldScorer.score(GOLD, dossier).get("figures").orElseThrow();

        assertThat(figures.value()).isZero();
        assertThat(figures.misses()).containsExactly(
                "wrong value, expected 1.0E12: d1 \"$1 trillion\"",
                "wrong value, expected [20,60]: d1 \"between 20 and 60 percent\"");
    }

    @Test
    void figurePrecisionCountsOnlyMoneyAndPercentFigures() {
        JsonNode dossier = dossier()
                .figure("f1", "d1", "$1 trillion", json("1e12"), "USD")
                .figure("f2", "d1", "3 percent", json("3"), "percent")
                .figure("f3", "d1", "500 jobs", json("500"), "jobs").build();

        Measure precision = GoldScorer.score(GOLD, dossier).get("figures_precision").orElseThrow();

        assertThat(precision.numerator()).isEqualTo(1);
        assertThat(precision.denominator()).isEqualTo(2);
        assertThat(precision.misses()).containsExactly("not a gold figure: f2 d1 \"3 percent\" = 3 percent");
    }

    @Test
    void timelineItemIsFoundWithTheSameDateAndCoveringEvidence() {
        JsonNode dossier = dossier().timeline("2025-02-07", "d1", "Feb. 7").build();

        assertThat(GoldScorer.score(GOLD, dossier).value("timeline")).isEqualTo(1.0);
    }

    @Test
    void timelineItemWithAnotherDatePrecisionIsNotFound() {
        JsonNode dossier = dossier().timeline("2025-02", "d1", "Feb. 7, 2025").build();

        Measure timeline = GoldScorer.score(GOLD, dossier).get("timeline").orElseThrow();

        assertThat(timeline.value()).isZero();
        assertThat(timeline.misses()).containsExactly("not found: 2025-02-07 d1 \"Feb. 7, 2025\"");
    }
}
