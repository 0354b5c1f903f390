package org.dossier.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RougeTest {

    private static final String SUMMARY = "The cat sat on the mat.";
    private static final String REF1 = "the cat was on the mat";
    private static final String REF2 = "A dog sat on the mat today";
    private static final String REF3 = "The cat sat";

    @Test
    void rouge1CountsMatchingUnigrams() {
        // summary: the x2, cat, sat, on, mat; reference: the x2, cat, was, on, mat; 5 of 6 match
        RougeScore s = new Rouge(1, false, MultiReference.POOLED).score(SUMMARY, List.of(REF1));

        assertThat(s.recall()).isCloseTo(5.0 / 6, within(1e-12));
        assertThat(s.precision()).isCloseTo(5.0 / 6, within(1e-12));
        assertThat(s.f()).isCloseTo(5.0 / 6, within(1e-12));
    }

    @Test
    void rouge2CountsMatchingBigrams() {
        // the cat, on the, the mat match; cat sat / sat on vs cat was / was on do not: 3 of 5
        RougeScore s = new Rouge(2, false, MultiReference.POOLED).score(SUMMARY, List.of(REF1));

        assertThat(s.recall()).isCloseTo(0.6, within(1e-12));
        assertThat(s.precision()).isCloseTo(0.6, within(1e-12));
    }

    @Test
    void matchesAreClippedToTheReferenceCount() {
        RougeScore s = new Rouge(1, false, MultiReference.POOLED).score("the the the", List.of("the cat"));

        assertThat(s.recall()).isCloseTo(0.5, within(1e-12));
        assertThat(s.precision()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(s.f()).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void pooledSumsCountsOverReferences() {
        // REF1: 5 hits of 6; REF2: sat, on, the, mat = 4 hits of 7; summary has 6 unigrams per reference
        RougeScore s = new Rouge(1, false, MultiReference.POOLED).score(SUMMARY, List.of(REF1, REF2));

        assertThat(s.recall()).isCloseTo(9.0 / 13, within(1e-12));
        assertThat(s.precision()).isCloseTo(9.0 / 12, within(1e-12));
    }

    @Test
    void averageTakesTheMeanOfPerReferenceScores() {
        RougeScore s = new Rouge(1, false, MultiReference.AVERAGE).score(SUMMARY, List.of(REF1, REF2));

        assertThat(s.recall()).isCloseTo((5.0 / 6 + 4.0 / 7) / 2, within(1e-12));
        assertThat(s.precision()).isCloseTo((5.0 / 6 + 4.0 / 6) / 2, within(1e-12));
    }

    @Test
    void jackknifeAveragesPooledScoresOfLeaveOneOutSubsets() {
        // counts (hits, ref): REF1 (5, 6), REF2 (4, 7), REF3 (3, 3)
        RougeScore s = new Rouge(1, false, MultiReference.JACKKNIFE).score(SUMMARY, List.of(REF1, REF2, REF3));

        assertThat(s.recall()).isCloseTo((7.0 / 10 + 8.0 / 9 + 9.0 / 13) / 3, within(1e-12));
        assertThat(s.precision()).isCloseTo((7.0 / 12 + 8.0 / 12 + 9.0 / 12) / 3, within(1e-12));
    }

    @Test
    void stemmingMatchesInflectedForms() {
        Rouge plain = new Rouge(1, false, MultiReference.POOLED);
        Rouge stemmed = new Rouge(1, true, MultiReference.POOLED);

        assertThat(plain.score("bombings", List.of("bombed")).recall()).isZero();
        assertThat(stemmed.score("bombings", List.of("bombed")).recall()).isEqualTo(1.0);
    }

    @Test
    void tokensAreLowercasedAlphanumericRuns() {
        assertThat(new RougeTokenizer(false).tokens("U.S. forces' 2,000 troops \u2014 \u00C7a va!"))
                .containsExactly("u", "s", "forces", "2", "000", "troops", "\u00E7a", "va");
    }

    @Test
    void emptySummaryScoresZero() {
        RougeScore s = new Rouge(2, false, MultiReference.POOLED).score("", List.of(REF1));

        assertThat(s).isEqualTo(new RougeScore(0, 0, 0));
    }

    @Test
    void rejectsMissingReferencesAndBadN() {
        assertThatThrownBy(() -> new Rouge(1, false, MultiReference.POOLED).score("x", List.of()))
                .hasMessage("references must not be empty");
        assertThatThrownBy(() -> new Rouge(0, false, MultiReference.POOLED)).hasMessage("n must be at least 1, was 0");
    }
}
