package org.dossier.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageMatchTest {

    @Test
    void extraTextLowersPrecisionOnly() {
        // truth: 5 tokens -> 2 shingles; prediction: 7 tokens -> 4 shingles, 2 of them true
        PageMatch match = PageMatch.of("one two three four five", "one two three four five six seven");

        assertThat(match.tp()).isCloseTo(2.0 / 4, within(1e-12));
        assertThat(match.fp()).isCloseTo(2.0 / 4, within(1e-12));
        assertThat(match.fn()).isZero();
        assertThat(match.precision()).isCloseTo(0.5, within(1e-12));
        assertThat(match.recall()).isEqualTo(1.0);
    }

    @Test
    void repeatedShinglesCountOncePerOccurrence() {
        // truth has "a b c d" twice, prediction once: tp 1, fn 1 of 2 true shingle occurrences... plus the other three
        PageMatch match = PageMatch.of("a b c d x a b c d", "a b c d");

        // truth shingles: abcd, bcdx, cdxa, dxab, xabc, abcd -> 6; prediction: abcd -> tp 1, fn 5
        assertThat(match.precision()).isEqualTo(1.0);
        assertThat(match.recall()).isCloseTo(1.0 / 6, within(1e-12));
    }

    @Test
    void identicalTextsScoreOneAndDisjointTextsZero() {
        assertThat(PageMatch.of("same words here", "same, words: here!").precision()).isEqualTo(1.0);
        PageMatch disjoint = PageMatch.of("alpha beta gamma delta", "one two three four");
        assertThat(disjoint.precision()).isZero();
        assertThat(disjoint.recall()).isZero();
    }

    @Test
    void emptyPredictionIsLeftOutOfPrecision() {
        PageMatch empty = PageMatch.of("alpha beta gamma delta", "");
        PageMatch half = PageMatch.of("one two three four five", "one two three four five six seven");

        ExtractionScore score = ExtractionScore.of(List.of(empty, half));

        assertThat(score.precision()).isCloseTo(0.5, within(1e-12));
        assertThat(score.recall()).isCloseTo(0.5, within(1e-12));
        assertThat(score.f1()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void f1IsHarmonicMeanOfMeanPrecisionAndMeanRecall() {
        PageMatch perfect = PageMatch.of("a b c d e", "a b c d e");
        PageMatch half = PageMatch.of("one two three four five", "one two three four five six seven");

        ExtractionScore score = ExtractionScore.of(List.of(perfect, half));

        assertThat(score.precision()).isCloseTo(0.75, within(1e-12));
        assertThat(score.recall()).isEqualTo(1.0);
        assertThat(score.f1()).isCloseTo(2 * 0.75 / 1.75, within(1e-12));
    }
}
