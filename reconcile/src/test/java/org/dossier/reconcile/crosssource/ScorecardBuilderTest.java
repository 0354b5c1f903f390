package org.dossier.reconcile.crosssource;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.model.Evidence;
import org.dossier.model.dossier.ScorecardRow;
import org.dossier.model.fact.ClaimKind;
import org.junit.jupiter.api.Test;

/**
 * How outcomes join scorecard rows, with vectors chosen by hand: the calibration pair is orthogonal, so a score is ten
 * times the cosine (link at 0.15, cluster at 0.2, margin 0.1).
 */
class ScorecardBuilderTest {

    private static final CrossSourceSettings TWO_OUTCOMES = new CrossSourceSettings(2.0, 1.5, 1.6, 1.0, 2, 3, 0, 3.0, 2.0,
            1.0, 1.0, 0.3);
    private static final CrossSourceSettings ONE_OUTCOME = new CrossSourceSettings(2.0, 1.5, 1.6, 1.0, 1, 3, 0, 3.0, 2.0,
            1.0, 1.0, 0.3);

    private final Map<String, float[]> vectors = new LinkedHashMap<>();

    /** A passage that is a whole text of its own source (outcomes get a source each, so their spans never overlap). */
    private Passage passage(String source, String text, ClaimKind kind, float... vector) {
        vectors.put(text, vector);
        return new Passage(text, text, kind, null, Evidence.of(source, text, 0, text.length()), Set.of(), text);
    }

    private List<ScorecardRow> build(CrossSourceSettings settings, List<Passage> expectations, List<Passage> outcomes) {
        vectors.put("calibration x", new float[] {0, 0, 0, 1});
        vectors.put("calibration y", new float[] {0, 0, 1, 0});
        SentenceEmbedder embedder = texts -> texts.stream().map(vectors::get).toArray(float[][]::new);
        List<String> texts = new ArrayList<>(vectors.keySet());
        SimilarityIndex similarity = SimilarityIndex.build(embedder, texts, List.of("calibration x", "calibration y"));
        Scoring scoring = new Scoring(similarity, new EntityIndex(List.of(), List.of()), settings);
        return new ScorecardBuilder(scoring).build(expectations, outcomes, true);
    }

    @Test
    void anOutcomeJoinsTheRowItMatchesAsAWholeNotTheOneMemberItEchoes() {
        Passage e1 = passage("a", "the leaders will sign a pact, says the trade minister", ClaimKind.EXPECTATION, 1, 1, 0, 0);
        Passage e2 = passage("b", "a pact is expected to be signed", ClaimKind.EXPECTATION, 1, 0, 1, 0);
        // echoes e1's own words (cosine 0.88 with e1, 0.20 with e2) against a plain report of the pact (0.71 with both)
        Passage echo = passage("c1", "the trade minister spoke", ClaimKind.OUTCOME, 0.3f, 1, 0, 0);
        Passage pact = passage("c2", "the pact was signed", ClaimKind.OUTCOME, 1, 0, 0, 0);

        List<ScorecardRow> rows = build(ONE_OUTCOME, List.of(e1, e2), List.of(echo, pact));

        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.expectation()).containsExactly(e1.id(), e2.id());
            assertThat(r.outcome()).containsExactly(pact.id());
        });
    }

    @Test
    void anOutcomeIsNotCrowdedOutOfItsBestRowByOutcomesThatBelongBetterElsewhere() {
        Passage tariffs = passage("a", "tariffs will be cut", ClaimKind.EXPECTATION, 1, 0, 0, 0);
        Passage visit = passage("b", "the visit will be short", ClaimKind.EXPECTATION, 0, 1, 0, 0);
        // both score 6.4 to 6.7 on the tariff row but better on the visit row; the cut itself scores 4.5, its best row
        Passage both1 = passage("c1", "a short visit touched on many things", ClaimKind.OUTCOME, 1, 1.2f, 0, 0);
        Passage both2 = passage("c2", "the visit covered trade among other things", ClaimKind.OUTCOME, 1, 1.1f, 0, 0);
        Passage cut = passage("c3", "tariffs were cut on some goods", ClaimKind.OUTCOME, 1, 0, 2, 0);

        List<ScorecardRow> rows = build(TWO_OUTCOMES, List.of(tariffs, visit), List.of(both1, both2, cut));

        ScorecardRow tariffRow = rows.stream().filter(r -> r.expectation().contains(tariffs.id())).findFirst().orElseThrow();
        ScorecardRow visitRow = rows.stream().filter(r -> r.expectation().contains(visit.id())).findFirst().orElseThrow();
        assertThat(tariffRow.outcome()).containsExactly(both2.id(), cut.id());
        assertThat(visitRow.outcome()).containsExactly(both1.id(), both2.id());
    }
}
