package org.dossier.discover.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.discover.DiscoverConfig;
import org.junit.jupiter.api.Test;

class CandidatePairsTest {

    private static final PairScorer SAME = (a, b) -> 1.0;

    @Test
    void documentsSharingAKeyBothKeepArePairedOnce() {
        List<DocumentVector> docs = List.of(doc("a", "quake", "rescue"), doc("b", "quake", "rescue"), doc("c", "vote"),
                doc("d", "vote"));

        assertThat(new CandidatePairs(DiscoverConfig.DEFAULT, SAME).scored(docs, 0))
                .containsExactly(new ScoredPair(0, 1, 1.0), new ScoredPair(2, 3, 1.0));
    }

    @Test
    void aDocumentKeepsACommonWordOnlyWhileAllItsKeysTogetherReachAtMostMaxBlockDocuments() {
        // five events of three documents: each document holds its event's word (2 others) and a word all 15 hold (14
        // others): 16 in all, over 15 though each word alone is within it
        List<DocumentVector> docs = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            docs.add(doc("d" + i, "event" + i / 3, "said"));
        }

        List<ScoredPair> few = new CandidatePairs(DiscoverConfig.DEFAULT.withMaxBlock(15), SAME).scored(docs, 0);
        List<ScoredPair> all = new CandidatePairs(DiscoverConfig.DEFAULT.withMaxBlock(16), SAME).scored(docs, 0);

        assertThat(few).hasSize(15).allMatch(p -> p.a() / 3 == p.b() / 3);
        assertThat(all).hasSize(15 * 14 / 2);
    }

    @Test
    void withFirstNewOnlyPairsWithANewDocumentAreMade() {
        List<DocumentVector> docs = List.of(doc("a", "quake"), doc("b", "quake"), doc("c", "quake"));

        assertThat(new CandidatePairs(DiscoverConfig.DEFAULT, SAME).scored(docs, 2))
                .containsExactly(new ScoredPair(0, 2, 1.0), new ScoredPair(1, 2, 1.0));
    }

    private static DocumentVector doc(String id, String... words) {
        Map<String, Double> terms = new java.util.HashMap<>();
        for (String w : words) {
            terms.put(w, 1.0 / words.length);
        }
        return BlockingKeysTest.vector(id, terms, Map.of());
    }
}
