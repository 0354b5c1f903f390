package org.dossier.bench;

import java.util.List;
import java.util.Locale;
import org.dossier.reconcile.crosssource.SentenceEmbedder;

/**
 * A fake sentence embedder for benchmarks: each lower-cased word adds a signed unit to one of {@link #DIMENSIONS}
 * hashed coordinates, so vectors have bge-small's width without loading a model. Stateless and thread-safe.
 */
public final class HashingEmbedder implements SentenceEmbedder {

    /** The width of bge-small-en-v1.5's vectors. */
    public static final int DIMENSIONS = 384;

    @Override
    public float[][] embed(List<String> sentences) {
        float[][] out = new float[sentences.size()][DIMENSIONS];
        for (int i = 0; i < sentences.size(); i++) {
            for (String w : sentences.get(i).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (!w.isEmpty()) {
                    int h = w.hashCode() * 0x9E3779B1;
                    out[i][Math.floorMod(h, DIMENSIONS)] += (h & 1) == 0 ? 1f : -1f;
                }
            }
        }
        return out;
    }
}
