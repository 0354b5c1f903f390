package org.dossier.reconcile.summary;

import java.util.Set;
import org.dossier.reconcile.text.SentenceSpan;

/**
 * A sentence that may go into the summary.
 *
 * @param sourceIndex the index of its source in the input
 * @param words its length in whitespace-separated words
 * @param concepts its bigrams of stemmed words (joined by a space), pairs of two stopwords left out
 * @param content its stemmed content words, for near-duplicate checks
 * @param position its rank among the pickable sentences of its source, from 0
 * @param hinted whether it holds a hint
 */
record Candidate(int sourceIndex, String sourceId, SentenceSpan span, int words, Set<String> concepts, Set<String> content,
        int position, boolean hinted) {

    /** The cosine of the two content-word sets. */
    double similarity(Candidate other) {
        if (content.isEmpty() || other.content.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String w : content) {
            if (other.content.contains(w)) {
                shared++;
            }
        }
        return shared / Math.sqrt((double) content.size() * other.content.size());
    }
}
