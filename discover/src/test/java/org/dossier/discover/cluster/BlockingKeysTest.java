package org.dossier.discover.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.dossier.discover.DiscoverConfig;
import org.junit.jupiter.api.Test;

class BlockingKeysTest {

    // weights: "vote" first, then "recount", "ballot", "turnout"; the entity "place:lima"
    private static final DocumentVector DOC = vector(Map.of("vote", 0.6, "recount", 0.5, "ballot", 0.4, "turnout", 0.3),
            Map.of("place:lima", 1.0));

    // documents holding each key: the more documents, the less specific the key
    private static final Map<String, Integer> FREQUENCY = Map.of(Keys.term("vote"), 9, Keys.term("recount"), 3,
            Keys.term("ballot"), 5, Keys.term("turnout"), 1, Keys.entity("place:lima"), 2);

    @Test
    void theMostSpecificKeysComeFirst() {
        assertThat(keys(DiscoverConfig.DEFAULT).of(DOC, k -> FREQUENCY.get(k))).containsExactly(Keys.term("turnout"),
                Keys.entity("place:lima"), Keys.term("recount"), Keys.term("ballot"), Keys.term("vote"));
    }

    @Test
    void keysAreKeptWhileTheOtherDocumentsTheyReachStayWithinMaxBlock() {
        // other documents reached: turnout 0, lima 1, recount 2, ballot 4, vote 8 (15 in all)
        assertThat(keys(DiscoverConfig.DEFAULT.withMaxBlock(15)).of(DOC, k -> FREQUENCY.get(k))).hasSize(5);
        assertThat(keys(DiscoverConfig.DEFAULT.withMaxBlock(14)).of(DOC, k -> FREQUENCY.get(k))).containsExactly(
                Keys.term("turnout"), Keys.entity("place:lima"), Keys.term("recount"), Keys.term("ballot"));
        assertThat(keys(DiscoverConfig.DEFAULT.withMaxBlock(2)).of(DOC, k -> FREQUENCY.get(k))).containsExactly(
                Keys.term("turnout"), Keys.entity("place:lima"));
    }

    @Test
    void onlyTheHighestWeightedTermsAndEntitiesAreCandidates() {
        assertThat(keys(DiscoverConfig.DEFAULT.withBlocking(2, 0)).of(DOC, k -> FREQUENCY.get(k)))
                .containsExactly(Keys.term("recount"), Keys.term("vote"));
    }

    @Test
    void equalFrequenciesAreOrderedByKey() {
        DocumentVector v = vector(Map.of("b", 0.5, "a", 0.4, "c", 0.3), Map.of());

        assertThat(keys(DiscoverConfig.DEFAULT).of(v, k -> 4)).containsExactly(Keys.term("a"), Keys.term("b"), Keys.term("c"));
        assertThat(keys(DiscoverConfig.DEFAULT.withMaxBlock(7)).of(v, k -> 4)).containsExactly(Keys.term("a"), Keys.term("b"));
    }

    private static BlockingKeys keys(DiscoverConfig config) {
        return new BlockingKeys(config);
    }

    static DocumentVector vector(Map<String, Double> terms, Map<String, Double> entities) {
        return vector("d", terms, entities);
    }

    static DocumentVector vector(String id, Map<String, Double> terms, Map<String, Double> entities) {
        return new DocumentVector(id, terms, entities, Map.of(), Set.of(), Map.of(), Set.of(), null);
    }
}
