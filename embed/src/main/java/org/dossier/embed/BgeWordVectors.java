package org.dossier.embed;

import java.util.List;
import org.dossier.annotate.names.WordVectors;

/**
 * Contextual word vectors from BGE small English v1.5: the last layer's output for each word (the mean of its word
 * pieces), the sentence read after its context and a separator. Loaded on the first call, with
 * {@link BgeSentenceEmbedder#MAX_DEFAULT_THREADS} threads at most on each sentence. Thread-safe.
 */
public final class BgeWordVectors implements WordVectors {

    private volatile BgeOnnxModel model;

    @Override
    public int dimension() {
        return 384;
    }

    @Override
    public float[][] vectors(List<String> context, List<String> words) {
        if (words.isEmpty()) {
            return new float[0][];
        }
        return model().wordVectors(context, words);
    }

    private BgeOnnxModel model() {
        BgeOnnxModel m = model;
        if (m == null) {
            synchronized (this) {
                m = model;
                if (m == null) {
                    m = new BgeOnnxModel(Math.min(Runtime.getRuntime().availableProcessors(),
                            BgeSentenceEmbedder.MAX_DEFAULT_THREADS), 1);
                    model = m;
                }
            }
        }
        return m;
    }
}
