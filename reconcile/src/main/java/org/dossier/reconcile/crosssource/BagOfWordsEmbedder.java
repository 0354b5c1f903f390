package org.dossier.reconcile.crosssource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A model-free embedder: TF-IDF over the content words of one call's sentences (lower-cased, crudely stemmed), as unit
 * vectors. Cheap and deterministic; it sees shared words, not paraphrases. Thread-safe.
 */
public final class BagOfWordsEmbedder implements SentenceEmbedder {

    private static final Set<String> STOP = Set.of("the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for",
            "with", "by", "from", "as", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would",
            "could", "should", "may", "might", "can", "that", "this", "these", "those", "it", "its", "his", "her", "their",
            "he", "she", "they", "we", "i", "you", "which", "who", "whom", "what", "also", "than", "then", "there", "into",
            "about", "said", "says", "not", "no", "so", "such", "if", "do", "does", "did");

    @Override
    public float[][] embed(List<String> sentences) {
        List<Map<String, Integer>> counts = new ArrayList<>();
        Map<String, Integer> vocabulary = new LinkedHashMap<>();
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (String sentence : sentences) {
            Map<String, Integer> c = new HashMap<>();
            for (String w : words(sentence)) {
                c.merge(w, 1, Integer::sum);
                vocabulary.putIfAbsent(w, vocabulary.size());
            }
            c.keySet().forEach(w -> documentFrequency.merge(w, 1, Integer::sum));
            counts.add(c);
        }
        int n = sentences.size();
        float[][] out = new float[n][vocabulary.size()];
        for (int i = 0; i < n; i++) {
            double norm = 0;
            for (Map.Entry<String, Integer> e : counts.get(i).entrySet()) {
                double idf = Math.log(1.0 + (double) n / documentFrequency.get(e.getKey()));
                double w = (1 + Math.log(e.getValue())) * idf;
                out[i][vocabulary.get(e.getKey())] = (float) w;
                norm += w * w;
            }
            if (norm > 0) {
                float scale = (float) (1 / Math.sqrt(norm));
                for (int j = 0; j < out[i].length; j++) {
                    out[i][j] *= scale;
                }
            }
        }
        return out;
    }

    /** Content words of {@code sentence}, lower-cased and stripped of common English endings. */
    static List<String> words(String sentence) {
        List<String> out = new ArrayList<>();
        for (String w : sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 1 && !STOP.contains(w)) {
                out.add(stem(w));
            }
        }
        return out;
    }

    static String stem(String w) {
        if (w.length() > 5 && w.endsWith("ing")) {
            return w.substring(0, w.length() - 3);
        }
        if (w.length() > 4 && w.endsWith("ed")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
