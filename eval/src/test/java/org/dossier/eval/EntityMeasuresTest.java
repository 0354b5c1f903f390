package org.dossier.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.eval.TestDossier.json;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class EntityMeasuresTest {
    private static final String TEXT = "Prime Minister Ishiba met Trump. Shigeru Ishiba and Shinzo Abe's widow Akie Abe spoke.";
    private static final JsonNode GOLD = json("""
            {"entities": [{"name": "Shigeru Ishiba", "type": "PERSON",
                           "surfaces": ["Ishiba Shigeru", "Shigeru Ishiba", "Prime Minister Ishiba", "Ishiba"]}],
             "distinct": [["Akie Abe", "Shinzo Abe"]]}
            """);

    @Test
    void entityIsResolvedWhenOneEntityHoldsEverySurfaceThatOccurs() {
        JsonNode dossier = new TestDossier().source("d1", TEXT)
                .entity("e1", "Shigeru Ishiba", "Prime Minister Ishiba", "Ishiba")
                .entity("e2", "Donald Trump", "Trump").build();

        Measure resolved = GoldScorer.score(GOLD, dossier).get("entities_resolved").orElseThrow();

        assertThat(resolved.numerator()).isEqualTo(1);
        assertThat(resolved.denominator()).isEqualTo(1);
    }

    @Test
    void entityIsNotResolvedWhenItsSurfacesAreSplitOverTwoEntities() {
        JsonNode dossier = new TestDossier().source("d1", TEXT)
                .entity("e1", "Shigeru Ishiba", "Prime Minister Ishiba")
                .entity("e2", "Ishiba").build();

        Measure resolved = GoldScorer.score(GOLD, dossier).get("entities_resolved").orElseThrow();

        assertThat(resolved.value()).isZero();
        assertThat(resolved.misses()).containsExactly(
                "Shigeru Ishiba: surfaces spread over e1 \"Shigeru Ishiba\", \"Prime Minister Ishiba\", e2 \"Ishiba\"");
    }

    @Test
    void entityIsNotResolvedWhenAnOccurringSurfaceIsNoEntitysName() {
        JsonNode dossier = new TestDossier().source("d1", TEXT)
                .entity("e1", "Shigeru Ishiba", "Ishiba").build();

        Measure resolved = GoldScorer.score(GOLD, dossier).get("entities_resolved").orElseThrow();

        assertThat(resolved.misses()).containsExactly("Shigeru Ishiba: no dossier entity has \"Prime Minister Ishiba\"");
    }

    @Test
    void surfaceNamesAreComparedCaseSensitively() {
        JsonNode dossier = new TestDossier().source("d1", TEXT)
                .entity("e1", "shigeru ishiba", "Prime Minister Ishiba", "Ishiba").build();

        assertThat(GoldScorer.score(GOLD, dossier).value("entities_resolved")).isZero();
    }

    @Test
    void entityWithNoSurfaceInTheTextsIsAMiss() {
        JsonNode dossier = new TestDossier().source("d1", "Nothing here.").entity("e1", "Shigeru Ishiba").build();

        assertThat(GoldScorer.score(GOLD, dossier).get("entities_resolved").orElseThrow().misses())
                .containsExactly("Shigeru Ishiba: no surface occurs in the dossier texts");
    }

    @Test
    void distinctPairIsKeptApartWhenTheNamesBelongToDifferentEntities() {
        JsonNode dossier = new TestDossier().source("d1", TEXT)
                .entity("e1", "Akie Abe").entity("e2", "Shinzo Abe", "Abe").build();

        assertThat(GoldScorer.score(GOLD, dossier).value("entities_kept_apart")).isEqualTo(1.0);
    }

    @Test
    void aGoldNameTheDossierSpellsOtherwiseMapsThroughTheGoldEntitysSurfaces() {
        JsonNode gold = json("""
                {"entities": [{"name": "U.S. Steel", "type": "ORGANIZATION", "surfaces": ["US Steel", "United States Steel Corp."]}],
                 "distinct": [["Nippon Steel", "U.S. Steel"]]}
                """);
        JsonNode apart = new TestDossier().source("d1", "Nippon Steel bid for US Steel.")
                .entity("e1", "Nippon Steel").entity("e2", "US Steel").build();
        JsonNode merged = new TestDossier().source("d1", "Nippon Steel bid for US Steel.")
                .entity("e1", "Nippon Steel", "US Steel").build();

        assertThat(GoldScorer.score(gold, apart).value("entities_kept_apart")).isEqualTo(1.0);
        assertThat(GoldScorer.score(gold, merged).value("entities_kept_apart")).isZero();
    }

    @Test
    void distinctPairIsNotKeptApartWhenMergedOrMissing() {
        JsonNode merged = new TestDossier().source("d1", TEXT).entity("e1", "Shinzo Abe", "Akie Abe").build();
        JsonNode missing = new TestDossier().source("d1", TEXT).entity("e1", "Shinzo Abe").build();

        assertThat(GoldScorer.score(GOLD, merged).get("entities_kept_apart").orElseThrow().misses())
                .containsExactly("Akie Abe / Shinzo Abe: merged in e1");
        assertThat(GoldScorer.score(GOLD, missing).get("entities_kept_apart").orElseThrow().misses())
                .containsExactly("Akie Abe / Shinzo Abe: no dossier entity has \"Akie Abe\"");
    }
}
