package org.dossier.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.eval.TestDossier.json;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentMeasuresTest {
    private static final JsonNode GOLD = json("""
            {"documents": {"d1": {"title": "Ishiba\u2019s  Visit", "outlet": "The Diplomat", "author": null,
                                  "published": "2025-02-07T16:09+09:00", "stance_in_time": "before"}},
             "boilerplate": {"must_drop": [{"doc": "d1", "snippet": "JN ACCESS RANKING"}],
                             "must_keep": [{"doc": "d1", "snippet": "Ishiba is scheduled to return"}]}}
            """);

    @Test
    void metadataComparesNormalizedTextIgnoringCaseAndDatesAtGoldPrecision() {
        TestDossier dossier = new TestDossier().source("d1", "Ishiba is scheduled to return.");
        dossier.lastSource().put("title", "ishiba's visit ").put("outlet", "THE DIPLOMAT")
                .put("published", "2025-02-07T07:09:00Z");

        Measure metadata = GoldScorer.score(GOLD, dossier.build()).get("metadata").orElseThrow();

        assertThat(metadata.numerator()).isEqualTo(3);
        assertThat(metadata.denominator()).isEqualTo(3);
    }

    @Test
    void metadataMissesWrongOrMissingFields() {
        TestDossier dossier = new TestDossier().source("d1", "Ishiba is scheduled to return.");
        dossier.lastSource().put("title", "Another title").put("author", "Someone").put("published", "2025-02-07");

        Measure metadata = GoldScorer.score(GOLD, dossier.build()).get("metadata").orElseThrow();

        assertThat(metadata.numerator()).isZero();
        assertThat(metadata.denominator()).isEqualTo(3);
        assertThat(metadata.misses()).containsExactly(
                "d1 title: expected \"Ishiba\u2019s  Visit\", got \"Another title\"",
                "d1 outlet: expected \"The Diplomat\", got null",
                "d1 published: expected \"2025-02-07T16:09+09:00\", got \"2025-02-07\"");
    }

    @ParameterizedTest
    @CsvSource({
            "2025-02-07T16:09+09:00, 2025-02-07T16:09+09:00, true",
            "2025-02-07T16:09+09:00, 2025-02-07T16:09:00+09:00, true",
            "2025-02-07T16:09+09:00, 2025-02-07T07:09Z, true",
            "2025-02-07T16:09+09:00, 2025-02-07T16:10+09:00, false",
            "2025-02-07T16:09+09:00, 2025-02-07, false",
            "2025-02, 2025-02-07, true",
            "2025-02-07, 2025-02-07T10:00:00-05:00, true",
            "2025-02-07, 2025-02-08, false",
            "2025-02-07, Feb 7 2025, false"})
    void publishedIsRightAtTheGoldPrecisionOrAsTheSameInstant(String gold, String dossier, boolean right) {
        assertThat(DocumentMeasures.sameDate(gold, dossier)).isEqualTo(right);
    }

    @Test
    void boilerplateIsDroppedWhenTheSnippetIsGoneAndArticleKeptWhenItRemains() {
        JsonNode dossier = new TestDossier().source("d1", "Ishiba  is scheduled\nto return on Saturday.").build();

        Scores scores = GoldScorer.score(GOLD, dossier);

        assertThat(scores.value("boilerplate_dropped")).isEqualTo(1.0);
        assertThat(scores.value("article_kept")).isEqualTo(1.0);
    }

    @Test
    void boilerplateLeftInAndArticleTextLostAreMisses() {
        JsonNode dossier = new TestDossier().source("d1", "JN ACCESS RANKING Politics").build();

        Scores scores = GoldScorer.score(GOLD, dossier);

        assertThat(scores.get("boilerplate_dropped").orElseThrow().misses())
                .containsExactly("still in the text: d1 \"JN ACCESS RANKING\"");
        assertThat(scores.get("article_kept").orElseThrow().misses())
                .containsExactly("lost: d1 \"Ishiba is scheduled to return\" (snippet not in the source text)");
        assertThat(scores.value("boilerplate_dropped")).isZero();
        assertThat(scores.value("article_kept")).isZero();
    }

    @Test
    void boilerplateOfASourceMissingFromTheDossierIsNotCountedAsDropped() {
        Scores scores = GoldScorer.score(GOLD, new TestDossier().source("other", "x").build());

        assertThat(scores.value("boilerplate_dropped")).isZero();
    }
}
