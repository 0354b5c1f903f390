package org.dossier.discover.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Set;
import org.dossier.discover.DiscoverConfig;
import org.junit.jupiter.api.Test;

class EventSimilarityTest {

    private static final DiscoverConfig TERMS_AND_LEAD = DiscoverConfig.DEFAULT.withWeights(0.5, 0, 0, 0.5).withLeadFloor(0.5)
            .withConflictFactors(1, 1);

    @Test
    void theLeadCosineCountsOnlyAboveTheFloorOfUnrelatedArticles() {
        DocumentVector a = doc("a", new float[] {1, 0});
        DocumentVector b = doc("b", new float[] {0.8f, 0.6f});   // cosine 0.8: (0.8 - 0.5) / (1 - 0.5) = 0.6
        DocumentVector c = doc("c", new float[] {0.4f, 0.9165f}); // cosine 0.4: below the floor, counts 0

        EventSimilarity similarity = new EventSimilarity(TERMS_AND_LEAD);

        assertThat(similarity.score(a, b)).isCloseTo((0.5 * 1 + 0.5 * 0.6) / 1.0, within(1e-6));
        assertThat(similarity.score(a, c)).isCloseTo(0.5, within(1e-6));
    }

    @Test
    void withoutALeadOnEitherSideTheOtherSimilaritiesDecideAlone() {
        EventSimilarity similarity = new EventSimilarity(TERMS_AND_LEAD);

        assertThat(similarity.score(doc("a", new float[] {1, 0}), doc("b", null))).isCloseTo(1.0, within(1e-9));
    }

    /** A document with one term ("quake") and the given lead embedding (unit length or null). */
    private static DocumentVector doc(String id, float[] lead) {
        return new DocumentVector(id, Map.of("quake", 1.0), Map.of(), Map.of(), Set.of(), Map.of(), Set.of(), lead);
    }
}
