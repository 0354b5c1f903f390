package org.dossier.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.eval.TestDossier.json;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class CrossSourceMeasuresTest {
    private static final String BEFORE = "The leaders are expected to issue a joint statement. The talks are on February 7. "
            + "The deficit was $68.5 billion. Tariffs may follow.";
    private static final String AFTER = "In the joint statement, the two leaders recognized the alliance. They met on "
            + "February 6. Japan's surplus was $68.5 billion.";
    private static final JsonNode GOLD = json("""
            {"scorecard": [{"id": "E1", "expectation": [{"doc": "a", "snippet": "expected to issue a joint statement"}],
                            "outcome": [{"doc": "b", "snippet": "In the joint statement"}], "status": "met"},
                           {"id": "E2", "expectation": [{"doc": "a", "snippet": "Tariffs may follow"}],
                            "outcome": [], "status": "unknown"}],
             "contradictions": [{"about": "date of the summit", "a": {"doc": "b", "snippet": "February 6"},
                                 "b": {"doc": "a", "snippet": "on February 7"}}],
             "agreements": [{"about": "deficit", "items": [{"doc": "a", "snippet": "$68.5 billion"},
                                                           {"doc": "b", "snippet": "$68.5 billion"}]}]}
            """);

    private static TestDossier dossier() {
        return new TestDossier().source("a", BEFORE).source("b", AFTER)
                .claim("c1", "a", "expected to issue a joint statement")
                .claim("c2", "b", "joint statement, the two leaders recognized")
                .claim("c3", "a", "Tariffs may follow")
                .claim("c4", "b", "the alliance");
    }

    @Test
    void scorecardRowIsLinkedThroughItsClaimsEvidence() {
        JsonNode dossier = dossier().scorecard("c1", "c2", "met").scorecard("c3", null, "partly").build();

        Scores scores = GoldScorer.score(GOLD, dossier);

        assertThat(scores.value("scorecard_linked")).isEqualTo(1.0);
        assertThat(scores.get("scorecard_status").orElseThrow().misses()).containsExactly("E2: expected unknown, got [partly]");
    }

    @Test
    void scorecardRowIsNotLinkedByOutcomeClaimsElsewhereOrAnOutcomeTheGoldLacks() {
        JsonNode dossier = dossier().scorecard("c1", "c4", "met").scorecard("c3", "c2", "unknown").build();

        Scores scores = GoldScorer.score(GOLD, dossier);

        assertThat(scores.value("scorecard_linked")).isZero();
        assertThat(scores.value("scorecard_status")).isZero();
    }

    @Test
    void contradictionIsMatchedWhenOneItemCoversBothSnippetsWithTheRightKind() {
        TestDossier dossier = dossier();
        dossier.contradiction("date", dossier.evidence("a", "February 7"), dossier.evidence("b", "February 6"));

        assertThat(GoldScorer.score(GOLD, dossier.build()).value("contradictions")).isEqualTo(1.0);
    }

    @Test
    void contradictionMarkedAsUpdateWhenTheGoldIsNoUpdateIsAMiss() {
        TestDossier dossier = dossier();
        dossier.contradiction("update", dossier.evidence("a", "February 7"), dossier.evidence("b", "February 6"));

        Measure contradictions = GoldScorer.score(GOLD, dossier.build()).get("contradictions").orElseThrow();

        assertThat(contradictions.value()).isZero();
        assertThat(contradictions.misses()).containsExactly("\"date of the summit\": kind should not be update");
    }

    @Test
    void agreementIsMatchedWhenOneItemCoversTwoGoldSnippets() {
        TestDossier dossier = dossier();
        dossier.agreement(dossier.evidence("a", "$68.5 billion"), dossier.evidence("b", "$68.5 billion"));

        assertThat(GoldScorer.score(GOLD, dossier.build()).value("agreements")).isEqualTo(1.0);
    }

    @Test
    void agreementCoveringOnlyOneGoldSnippetIsAMiss() {
        TestDossier dossier = dossier();
        dossier.agreement(dossier.evidence("a", "$68.5 billion"), dossier.evidence("b", "February 6"));

        assertThat(GoldScorer.score(GOLD, dossier.build()).value("agreements")).isZero();
    }
}
