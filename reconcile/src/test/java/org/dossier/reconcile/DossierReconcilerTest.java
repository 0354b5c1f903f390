package org.dossier.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.model.Phase;
import org.dossier.model.fact.ClaimKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DossierReconcilerTest {

    @ParameterizedTest
    @CsvSource({
        "EXPECTATION, BEFORE, EXPECTATION",
        "OUTCOME, BEFORE, STATEMENT",
        "OUTCOME, AFTER, OUTCOME",
        "EXPECTATION, AFTER, STATEMENT",
        "EXPECTATION, UNKNOWN, EXPECTATION",
    })
    void aClaimCountsAsExpectationOnlyBeforeTheEventAndAsOutcomeOnlyAfter(ClaimKind linguistic, Phase phase, ClaimKind expected) {
        assertThat(DossierReconciler.kindInPhase(linguistic, phase)).isEqualTo(expected);
    }
}
