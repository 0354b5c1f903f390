package org.dossier.web;

import java.util.List;
import java.util.Locale;
import org.dossier.reconcile.crosssource.SentenceEmbedder;

/** A test embedder: lower-cased words hashed into 64 dimensions, as unit vectors; comparable across calls. */
final class HashingEmbedder implements SentenceEmbedder {

    @Override
    public float[][] embed(List<String> sentences) {
        float[][] out = new float[sentences.size()][64];
        for (int i = 0; i < out.length; i++) {
            for (String w : sentences.get(i).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (w.length() > 2) {
                    out[i][Math.floorMod(w.hashCode(), 64)] += 1;
                }
            }
            double norm = 0;
            for (float x : out[i]) {
                norm += x * x;
            }
            for (int j = 0; j < 64 && norm > 0; j++) {
                out[i][j] /= (float) Math.sqrt(norm);
            }
        }
        return out;
    }
}
