package org.dossier.discover;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.dossier.discover.cluster.CandidatePairs;
import org.dossier.discover.cluster.DocumentVector;
import org.dossier.discover.cluster.EventClusterer;
import org.dossier.discover.cluster.EventSimilarity;
import org.dossier.discover.cluster.FeatureStatistics;
import org.dossier.discover.cluster.ScoredPair;
import org.dossier.discover.cluster.Vectorizer;
import org.dossier.discover.io.JsonLines;
import org.dossier.eval.cluster.BCubed;
import org.dossier.eval.cluster.BCubedScore;
import org.dossier.eval.cluster.EventsFile;

/**
 * The settings search on development data (not a test): reads the features discovery runs stored
 * ({@code OUT/.discover/features.jsonl}) with their gold events, scores a grid of settings by B-cubed F1 on every
 * corpus, and picks the one setting with the best mean F1 over the corpora. The first corpus is also split by topic
 * (the part of a source id before '_'): settings chosen on its even topics (with the other corpora) are scored on its odd
 * topics, and the other way round, to estimate the F1 on held-back topics. The best settings by mean F1 are also run
 * incrementally on the first corpus (every other document, then the rest: {@link #incremental}).
 * Usage: {@code DiscoverTuning FEATURES.jsonl GOLD.json [FEATURES.jsonl GOLD.json ...] [--all]}
 * ({@code -Dincremental=N}: how many of the best settings to run incrementally, default 10).
 */
public final class DiscoverTuning {

    public static void main(String[] args) throws Exception {
        boolean printAll = Arrays.asList(args).contains("--all");
        List<String> paths = Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
        List<Subset> corpora = new ArrayList<>();
        Subset even = null;
        Subset odd = null;
        for (int i = 0; i + 1 < paths.size(); i += 2) {
            List<DocumentFeatures> features = JsonLines.parseFeatures(Files.readString(Path.of(paths.get(i)), StandardCharsets.UTF_8));
            Map<String, String> gold = EventsFile.read(Path.of(paths.get(i + 1)));
            corpora.add(new Subset(features, gold, id -> true));
            if (i == 0) {
                even = new Subset(features, gold, id -> topic(id) % 2 == 0);
                odd = new Subset(features, gold, id -> topic(id) % 2 != 0);
            }
        }
        List<DiscoverConfig> grid = grid();
        double[][] f = new double[corpora.size()][];
        for (int c = 0; c < corpora.size(); c++) {
            f[c] = corpora.get(c).f1(grid);
        }
        double[] e = even.f1(grid);
        double[] o = odd.f1(grid);
        double[] mean = new double[grid.size()];
        double[] meanEven = new double[grid.size()];
        double[] meanOdd = new double[grid.size()];
        for (int i = 0; i < grid.size(); i++) {
            double others = 0;
            for (int c = 1; c < corpora.size(); c++) {
                others += f[c][i];
            }
            mean[i] = (f[0][i] + others) / corpora.size();
            meanEven[i] = (e[i] + others) / corpora.size();
            meanOdd[i] = (o[i] + others) / corpora.size();
        }
        int best = argmax(mean);
        System.out.printf(Locale.ROOT, "best mean F1 %.4f: %s  %s%n", mean[best], scores(f, best), grid.get(best));
        int be = argmax(meanEven);
        int bo = argmax(meanOdd);
        System.out.printf(Locale.ROOT, "chosen with even topics (F1 %.4f), odd topics score %.4f  %s%n", e[be], o[be], grid.get(be));
        System.out.printf(Locale.ROOT, "chosen with odd topics (F1 %.4f), even topics score %.4f  %s%n", o[bo], e[bo], grid.get(bo));
        DiscoverConfig d = DiscoverConfig.DEFAULT;
        StringBuilder line = new StringBuilder("default:");
        for (Subset s : corpora) {
            BCubedScore x = s.score(d);
            line.append(String.format(Locale.ROOT, " F1 %.4f (P %.4f R %.4f);", x.f1(), x.precision(), x.recall()));
        }
        System.out.println(line + String.format(Locale.ROOT, " first corpus even %.4f, odd %.4f", even.score(d).f1(),
                odd.score(d).f1()));
        List<DocumentFeatures> first = JsonLines.parseFeatures(Files.readString(Path.of(paths.get(0)), StandardCharsets.UTF_8));
        Map<String, String> firstGold = EventsFile.read(Path.of(paths.get(1)));
        Integer[] order = new Integer[grid.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(mean[y], mean[x]));
        int top = Integer.getInteger("incremental", 10);
        for (int r = 0; r < Math.min(top, order.length); r++) {
            DiscoverConfig c = grid.get(order[r]);
            System.out.printf(Locale.ROOT, "incremental %.4f (batch %.4f, mean %.4f) %s%n", incremental(first, firstGold, c),
                    f[0][order[r]], mean[order[r]], c);
        }
        if (printAll) {
            for (int i = 0; i < grid.size(); i++) {
                System.out.printf(Locale.ROOT, "%.4f %s even %.4f odd %.4f %s%n", mean[i], scores(f, i), e[i], o[i], grid.get(i));
            }
        }
    }

    /**
     * B-cubed F1 of an incremental run: the documents of the first corpus with gold events, sorted by source id, every
     * other one discovered first, then the rest added.
     */
    static double incremental(List<DocumentFeatures> features, Map<String, String> gold, DiscoverConfig c) {
        List<DocumentFeatures> docs = features.stream().filter(f -> gold.containsKey(f.sourceId()))
                .sorted(java.util.Comparator.comparing(DocumentFeatures::sourceId)).toList();
        List<DocumentFeatures> one = new ArrayList<>();
        List<DocumentFeatures> two = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            (i % 2 == 0 ? one : two).add(docs.get(i));
        }
        EventDiscoverer d = new EventDiscoverer(c);
        List<DiscoveredEvent> events = d.extend(d.discover(one), one, two);
        Map<String, String> system = new HashMap<>();
        events.forEach(e -> e.sources().forEach(s -> system.put(s, e.id())));
        Map<String, String> g = new HashMap<>();
        docs.forEach(x -> g.put(x.sourceId(), gold.get(x.sourceId())));
        return BCubed.score(g, system).f1();
    }

    private static String scores(double[][] f, int i) {
        StringBuilder out = new StringBuilder();
        for (double[] c : f) {
            out.append(String.format(Locale.ROOT, "%.4f ", c[i]));
        }
        return out.toString().strip();
    }

    /**
     * Settings to try: blocking, weights (without and with the lead embedding), lead floors, date-conflict factor,
     * neighbour ranks and gaps, each with a sweep of thresholds (grouped so that pairs are scored once per similarity).
     */
    static List<DiscoverConfig> grid() {
        if (System.getProperty("minScales") != null) {
            List<DiscoverConfig> out = new ArrayList<>();
            for (double minScale : new double[] {0, 0.05, 0.08, 0.1, 0.12, 0.15}) {
                for (int rank : new int[] {4, 5}) {
                    for (int t = 44; t <= 62; t += 1) {
                        out.add(DiscoverConfig.DEFAULT.withMinScale(minScale).withNeighbourRank(rank).withThreshold(t / 100.0));
                    }
                }
            }
            return out;
        }
        if (System.getProperty("splits") != null) {
            List<DiscoverConfig> out = new ArrayList<>();
            for (int minSize : new int[] {0, 1, 2, 3, 4}) {
                for (double share : new double[] {0.3, 0.4, 0.5, 0.6}) {
                    for (double overlap : new double[] {0, 0.1, 0.2, 0.3, 0.5}) {
                        for (int t = 54; t <= 60; t += 1) {
                            out.add(DiscoverConfig.DEFAULT.withSplit(minSize, share, overlap).withThreshold(t / 100.0));
                        }
                    }
                }
            }
            return out;
        }
        List<DiscoverConfig> out = new ArrayList<>();
        double[][] weights = {{0.5, 0.35, 0.15, 0}, {0.4, 0.3, 0.1, 0.2}, {0.35, 0.25, 0.1, 0.3}};
        for (int[] blocking : new int[][] {{30, 15}, {40, 20}}) {
            for (double[] w : weights) {
                for (double floor : w[3] > 0 ? new double[] {0.75, 0.8} : new double[] {0.5}) {
                    for (double dateConflict : new double[] {1.0, 0.7}) {
                        for (double participants : new double[] {1.0}) {
                            for (int rank : new int[] {3, 4, 5}) {
                                for (double gap : new double[] {0.4, 0.5}) {
                                    for (double minScale : MIN_SCALES) {
                                        for (int t = 44; t <= 58; t += 1) {
                                            out.add(DiscoverConfig.DEFAULT.withWeights(w[0], w[1], w[2], w[3])
                                                    .withLeadFloor(floor).withConflictFactors(dateConflict, participants)
                                                    .withNeighbourRank(rank).withNeighbourGap(gap).withMinScale(minScale)
                                                    .withBlocking(blocking[0], blocking[1]).withThreshold(t / 100.0));
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    private static final double[] MIN_SCALES = {0.12};

    /** The documents of some topics, vectorized once; candidate pairs are scored once per setting of the similarity. */
    private static final class Subset {
        private final List<DocumentVector> vectors;
        private final Map<String, String> gold = new HashMap<>();

        Subset(List<DocumentFeatures> features, Map<String, String> gold, Predicate<String> keep) {
            List<DocumentFeatures> docs = features.stream().filter(f -> gold.containsKey(f.sourceId()) && keep.test(f.sourceId()))
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
                DiscoverConfig similarity = c.withThreshold(0).withNeighbourRank(1).withNeighbourGap(0).withMinScale(0);
                if (pairsFor == null || !similarity.equals(pairsFor)) {
                    pairsFor = similarity;
                    pairs = new CandidatePairs(c, new EventSimilarity(c)).scored(vectors, 0);
                }
                out[i] = score(new EventClusterer(c).clusterScored(vectors, pairs, fresh(vectors.size())).group()).f1();
            }
            return out;
        }

        BCubedScore score(DiscoverConfig c) {
            return score(new EventClusterer(c).cluster(vectors));
        }

        private BCubedScore score(int[] group) {
            Map<String, String> system = new HashMap<>();
            for (int i = 0; i < group.length; i++) {
                system.put(vectors.get(i).sourceId(), String.valueOf(group[i]));
            }
            return BCubed.score(gold, system);
        }
    }

    private static int[] fresh(int n) {
        int[] out = new int[n];
        Arrays.fill(out, -1);
        return out;
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
