package org.dossier.annotate.names;

import java.util.List;

/**
 * Contextual vectors of the words of one sentence, read after a context (the first sentence of its document, the
 * headline in news). Implementations are thread-safe.
 */
public interface WordVectors {

    /** Length of every vector. */
    int dimension();

    /**
     * @param context the words read before the sentence (may be the sentence itself, or empty)
     * @param words the sentence's words
     * @return one vector of {@link #dimension()} values per word of {@code words}, in order
     */
    float[][] vectors(List<String> context, List<String> words);
}
