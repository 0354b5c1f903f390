package org.dossier.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;

class RankFusionTest {

    @Test
    void aDocumentHighInBothRankingsBeatsOneFirstInOnlyOne() {
        ScoreDoc[] meaning = docs(1, 2, 3);
        ScoreDoc[] words = docs(2, 4);
        List<ScoreDoc> fused = RankFusion.fuse(List.of(meaning, words), 10);
        assertThat(fused.stream().map(d -> d.doc)).containsExactly(2, 1, 4, 3);
        assertThat(fused.get(0).score).isEqualTo((float) (1.0 / 62 + 1.0 / 61));
    }

    @Test
    void keepsAtMostNAndTiesKeepTheFirstRankingsOrder() {
        assertThat(RankFusion.fuse(List.of(docs(5, 6), docs(6, 5)), 1).stream().map(d -> d.doc)).containsExactly(5);
        assertThat(RankFusion.fuse(List.of(docs(), docs()), 3)).isEmpty();
    }

    private static ScoreDoc[] docs(int... ids) {
        ScoreDoc[] out = new ScoreDoc[ids.length];
        for (int i = 0; i < ids.length; i++) {
            out[i] = new ScoreDoc(ids[i], 1f / (i + 1));
        }
        return out;
    }
}
