package org.dossier.eval.rouge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * ROUGE-N of a summary against references. An n-gram matches at most as often as it occurs in the reference (clipped
 * counts). Each text is one token stream, so n-grams may span sentence breaks. No stopword removal and no length
 * truncation: pass texts already cut to the length limit. Immutable and thread-safe.
 */
public final class Rouge {

    private final int n;
    private final RougeTokenizer tokenizer;
    private final MultiReference mode;

    /**
     * @param n the n-gram size, 1 or more
     * @param stem whether tokens are Porter-stemmed
     * @param mode how several references combine
     */
    public Rouge(int n, boolean stem, MultiReference mode) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        this.n = n;
        this.tokenizer = new RougeTokenizer(stem);
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    /** The score of {@code summary} against one or more {@code references}. */
    public RougeScore score(String summary, List<String> references) {
        if (references.isEmpty()) {
            throw new IllegalArgumentException("references must not be empty");
        }
        Map<List<String>, Integer> peer = ngrams(summary);
        int peerCount = total(peer);
        List<double[]> counts = new ArrayList<>();
        for (String ref : references) {
            Map<List<String>, Integer> model = ngrams(ref);
            counts.add(new double[] {hits(peer, model), total(model), peerCount});
        }
        return switch (mode) {
            case POOLED -> pooled(counts, -1);
            case AVERAGE -> {
                double r = 0;
                double p = 0;
                double f = 0;
                for (double[] c : counts) {
                    RougeScore s = RougeScore.of(c[0], c[1], c[2]);
                    r += s.recall();
                    p += s.precision();
                    f += s.f();
                }
                yield new RougeScore(r / counts.size(), p / counts.size(), f / counts.size());
            }
            case JACKKNIFE -> {
                if (counts.size() == 1) {
                    yield pooled(counts, -1);
                }
                double r = 0;
                double p = 0;
                double f = 0;
                for (int left = 0; left < counts.size(); left++) {
                    RougeScore s = pooled(counts, left);
                    r += s.recall();
                    p += s.precision();
                    f += s.f();
                }
                yield new RougeScore(r / counts.size(), p / counts.size(), f / counts.size());
            }
        };
    }

    /** The n-grams of a text with their counts. */
    Map<List<String>, Integer> ngrams(String text) {
        List<String> tokens = tokenizer.tokens(text);
        Map<List<String>, Integer> out = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            out.merge(List.copyOf(tokens.subList(i, i + n)), 1, Integer::sum);
        }
        return out;
    }

    private static RougeScore pooled(List<double[]> counts, int skip) {
        double hits = 0;
        double ref = 0;
        double peer = 0;
        for (int i = 0; i < counts.size(); i++) {
            if (i != skip) {
                hits += counts.get(i)[0];
                ref += counts.get(i)[1];
                peer += counts.get(i)[2];
            }
        }
        return RougeScore.of(hits, ref, peer);
    }

    private static int hits(Map<List<String>, Integer> peer, Map<List<String>, Integer> model) {
        int hits = 0;
        for (Map.Entry<List<String>, Integer> e : model.entrySet()) {
            hits += Math.min(e.getValue(), peer.getOrDefault(e.getKey(), 0));
        }
        return hits;
    }

    private static int total(Map<List<String>, Integer> grams) {
        return grams.values().stream().mapToInt(Integer::intValue).sum();
    }
}
