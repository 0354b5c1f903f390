package org.dossier.web.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.ScoreDoc;

/**
 * Reciprocal rank fusion (Cormack, Clarke and Büttcher, 2009): each document scores the sum of {@code 1 / (K + rank)}
 * over the rankings it appears in, so a sentence near the top of both the word ranking and the meaning ranking beats
 * one that only a single ranking likes. Scores of the input rankings are not compared, only their orders.
 */
final class RankFusion {

    /** The constant of the original paper; it damps the weight of the very first ranks. */
    static final int K = 60;

    private RankFusion() {
    }

    /** The documents of all {@code rankings} (each best first) by fused score, best first; ties keep first-seen order. */
    static List<ScoreDoc> fuse(List<ScoreDoc[]> rankings, int n) {
        Map<Integer, Double> scores = new LinkedHashMap<>();
        for (ScoreDoc[] ranking : rankings) {
            for (int rank = 0; rank < ranking.length; rank++) {
                scores.merge(ranking[rank].doc, 1.0 / (K + rank + 1), Double::sum);
            }
        }
        List<ScoreDoc> out = new ArrayList<>();
        scores.forEach((doc, score) -> out.add(new ScoreDoc(doc, score.floatValue())));
        out.sort(Comparator.comparingDouble((ScoreDoc d) -> -d.score));
        return out.subList(0, Math.min(n, out.size()));
    }
}
