package org.dossier.reconcile.crosssource;

import java.util.List;

/**
 * Turns sentences into vectors whose cosine says how close their meanings are. Row {@code i} of the result belongs to
 * {@code sentences.get(i)}; all rows have the same length. Implementations may compare only vectors from one call.
 */
public interface SentenceEmbedder {

    float[][] embed(List<String> sentences);
}
