package org.dossier.reconcile.crosssource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.dossier.eval.Scores;
import org.dossier.model.dossier.Dossier;
import org.junit.jupiter.api.Test;

/** The analysis on the example corpus's dossier with the model-free embedder; skipped when the dossier is absent. */
class CrossSourceExampleTest {

    @Test
    void bagOfWordsFindingsCoverPartOfTheGold() throws Exception {
        assumeTrue(ExampleDossier.present(), "no example dossier at " + ExampleDossier.dossierFile());
        Dossier dossier = ExampleDossier.read();
        CrossSourceFindings findings = new CrossSourceAnalyzer(new BagOfWordsEmbedder()).analyze(dossier);
        Scores scores = ExampleDossier.score(dossier, findings);
        System.out.println(ExampleDossier.findings(findings));
        System.out.println(ExampleDossier.report(scores));
        assertThat(scores.value("agreements")).isGreaterThanOrEqualTo(0.5);
    }
}
