package org.dossier.web.search;

import java.util.List;

/**
 * One matching sentence.
 *
 * @param source the source id
 * @param sourceTitle the source's title (or outlet, or id)
 * @param start offset of the sentence in the source text (UTF-16, inclusive)
 * @param end offset of the end (exclusive)
 * @param text the sentence
 * @param score BM25 for a text search; for a semantic search the fused rank score (higher is better, see RankFusion)
 * @param highlights spans of the sentence, relative to it, that match query words: pairs [start, end)
 */
public record SearchHit(String source, String sourceTitle, int start, int end, String text, double score,
        List<int[]> highlights) {

    public SearchHit {
        highlights = List.copyOf(highlights);
    }
}
