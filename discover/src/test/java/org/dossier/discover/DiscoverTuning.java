package org.dossier.discover;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.dossier.discover.cluster.AverageLinkClusterer;
import org.dossier.discover.cluster.CandidatePairs;
import org.dossier.discover.cluster.DocumentVector;
import org.dossier.discover.cluster.EventSimilarity;
import org.dossier.discover.cluster.FeatureStatistics;
import org.dossier.discover.cluster.ScoredPair;
import org.dossier.discover.cluster.SimilarityScale;
import org.dossier.discover.cluster.Vectorizer;
import org.dossier.discover.io.JsonLines;
import org.dossier.eval.cluster.BCubed;
import org.dossier.eval.cluster.BCubedScore;
import org.dossier.eval.cluster.EventsFile;

/**
 * The threshold and weight search on development data (not a test): reads the features a discovery run stored
 * ({@code OUT/.discover/features.jsonl}) and gold events, scores a grid of settings by B-cubed F1, and checks the choice
 * by leaving topics out (settings chosen on the even topics scored on the odd ones, and the other way round).
 * Usage: {@code DiscoverTuning FEATURES.jsonl GOLD.json}; the topic of a source is the part of its id before '_'.
 */
public final class DiscoverTuning {

    public static void main(String[] args) throws Exception {
        List<DocumentFeatures> features = JsonLines.parseFeatures(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
        Map<String, String> gold = EventsFile.read(Path.of(args[1]));
        features = features.stream().filter(f -> gold.containsKey(f.sourceId())).toList();
        List<DiscoverConfig> grid = grid();
        Subset all = new Subset(features, gold, id -> true);
        Subset even = new Subset(features, gold, id -> topic(id) % 2 == 0);
        Subset odd = new Subset(features, gold, id -> topic(id) % 2 != 0);
        double[] a = all.f1(grid);
        double[] e = even.f1(grid);
        double[] o = odd.f1(grid);
        int best = argmax(a);
        BCubedScore s = all.score(grid.get(best));
        System.out.printf(Locale.ROOT, "best on all: F1 %.4f (P %.4f R %.4f) %s%n", a[best], s.precision(), s.recall(), grid.get(best));
        int be = argmax(e);
        int bo = argmax(o);
        System.out.printf(Locale.ROOT, "chosen on even topics (F1 %.4f), scored on odd: %.4f  %s%n", e[be], o[be], grid.get(be));
        System.out.printf(Locale.ROOT, "chosen on odd topics (F1 %.4f), scored on even: %.4f  %s%n", o[bo], e[bo], grid.get(bo));
        DiscoverConfig d = DiscoverConfig.DEFAULT;
        BCubedScore ds = all.score(d);
        System.out.printf(Locale.ROOT, "default: all %.4f (P %.4f R %.4f), even %.4f, odd %.4f%n", ds.f1(), ds.precision(),
                ds.recall(), even.score(d).f1(), odd.score(d).f1());
        if (args.length > 2) {
            for (int i = 0; i < grid.size(); i++) {
                System.out.printf(Locale.ROOT, "%.4f %.4f %.4f %s%n", a[i], e[i], o[i], grid.get(i));
            }
        }
    }

    /** Settings to try: weights and conflict factors, each with a sweep of thresholds (the grid is ordered so). */
    static List<DiscoverConfig> grid() {
        List<DiscoverConfig> out = new ArrayList<>();
        double[][] weights = {{1, 0, 0}, {0.6, 0.4, 0}, {0.5, 0.35, 0.15}, {0.4, 0.4, 0.2}};
        for (double[] w : weights) {
            for (double dateConflict : new double[] {1.0, 0.7, 0.4}) {
                for (double participants : new double[] {1.0, 0.5, 0.2}) {
                    for (int t = 10; t <= 80; t += 4) {
                        out.add(DiscoverConfig.DEFAULT.withWeights(w[0], w[1], w[2]).withConflictFactors(dateConflict, participants)
                                .withThreshold(t / 100.0));
                    }
                }
            }
        }
        return out;
    }

    /** The documents of some topics, vectorized once; candidate pairs are scored once per setting of weights and factors. */
    private static final class Subset {
        private final List<DocumentVector> vectors;
        private final Map<String, String> gold = new HashMap<>();

        Subset(List<DocumentFeatures> features, Map<String, String> gold, Predicate<String> keep) {
            List<DocumentFeatures> docs = features.stream().filter(f -> keep.test(f.sourceId()))
                    .sorted(java.util.Comparator.comparing(DocumentFeatures::sourceId)).toList();
            Vectorizer v = new Vectorizer(FeatureStatistics.of(docs));
            vectors = docs.stream().map(v::vector).toList();
            docs.forEach(d -> this.gold.put(d.sourceId(), gold.get(d.sourceId())));
        }

        double[] f1(List<DiscoverConfig> grid) {
            double[] out = new double[grid.size()];
            List<ScoredPair> pairs = null;
            DiscoverConfig pairsFor = null;
            for (int i = 0; i < grid.size(); i++) {
                DiscoverConfig c = grid.get(i);
                if (pairsFor == null || !c.withThreshold(0).equals(pairsFor)) {
                    pairsFor = c.withThreshold(0);
                    pairs = new CandidatePairs(c, new EventSimilarity(c)).scored(vectors, 0);
                }
                double scale = SimilarityScale.medianNearest(vectors.size(), pairs);
                out[i] = score(new AverageLinkClusterer(c.threshold() * scale).cluster(vectors.size(), pairs)).f1();
            }
            return out;
        }

        BCubedScore score(DiscoverConfig c) {
            List<ScoredPair> pairs = new CandidatePairs(c, new EventSimilarity(c)).scored(vectors, 0);
            double scale = SimilarityScale.medianNearest(vectors.size(), pairs);
            return score(new AverageLinkClusterer(c.threshold() * scale).cluster(vectors.size(), pairs));
        }

        private BCubedScore score(int[] group) {
            Map<String, String> system = new HashMap<>();
            for (int i = 0; i < group.length; i++) {
                system.put(vectors.get(i).sourceId(), String.valueOf(group[i]));
            }
            return BCubed.score(gold, system);
        }
    }

    private static int topic(String id) {
        int u = id.indexOf('_');
        try {
            return Integer.parseInt(u > 0 ? id.substring(0, u) : id);
        } catch (NumberFormatException e) {
            return id.hashCode();
        }
    }

    private static int argmax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }
}
