package org.dossier.reconcile.crosssource;

import java.util.List;
import org.dossier.model.dossier.Agreement;
import org.dossier.model.dossier.ClaimItem;
import org.dossier.model.dossier.Contradiction;
import org.dossier.model.dossier.ScorecardRow;

/**
 * What the cross-source analysis found. {@code clauseClaims} are new, finer claims (clauses of expectation and outcome
 * claims) that scorecard rows may name; add them to the dossier's claims.
 */
public record CrossSourceFindings(
        List<ClaimItem> clauseClaims,
        List<ScorecardRow> scorecard,
        List<Agreement> agreements,
        List<Contradiction> contradictions) {

    public CrossSourceFindings {
        clauseClaims = List.copyOf(clauseClaims);
        scorecard = List.copyOf(scorecard);
        agreements = List.copyOf(agreements);
        contradictions = List.copyOf(contradictions);
    }
}
