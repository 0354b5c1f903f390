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
        List<DiscoverConfig> grid = grid();
        Predicate<String> even = id -> topic(id) % 2 == 0;
        double[] all = new double[grid.size()];
        double[] evens = new double[grid.size()];
        double[] odds = new double[grid.size()];
        for (int i = 0; i < grid.size(); i++) {
            all[i] = score(grid.get(i), features, gold, id -> true).f1();
            evens[i] = score(grid.get(i), features, gold, even).f1();
            odds[i] = score(grid.get(i), features, gold, even.negate()).f1();
        }
        int best = argmax(all);
        System.out.printf(Locale.ROOT, "best on all: %s F1 %.4f%n", grid.get(best), all[best]);
        BCubedScore s = score(grid.get(best), features, gold, id -> true);
        System.out.printf(Locale.ROOT, "  P %.4f R %.4f%n", s.precision(), s.recall());
        int be = argmax(evens);
        int bo = argmax(odds);
        System.out.printf(Locale.ROOT, "chosen on even topics (F1 %.4f), scored on odd: %.4f  %s%n", evens[be], odds[be], grid.get(be));
        System.out.printf(Locale.ROOT, "chosen on odd topics (F1 %.4f), scored on even: %.4f  %s%n", odds[bo], evens[bo], grid.get(bo));
        DiscoverConfig d = DiscoverConfig.DEFAULT;
        System.out.printf(Locale.ROOT, "default: all %.4f, even %.4f, odd %.4f%n", score(d, features, gold, id -> true).f1(),
                score(d, features, gold, even).f1(), score(d, features, gold, even.negate()).f1());
        if (args.length > 2) {
            for (int i = 0; i < grid.size(); i++) {
                System.out.printf(Locale.ROOT, "%.4f %.4f %.4f %s%n", all[i], evens[i], odds[i], grid.get(i));
            }
        }
    }

    static List<DiscoverConfig> grid() {
        List<DiscoverConfig> out = new ArrayList<>();
        double[][] weights = {{1, 0, 0}, {0.7, 0.3, 0}, {0.5, 0.5, 0}, {0.6, 0.3, 0.1}, {0.5, 0.35, 0.15}, {0.4, 0.4, 0.2},
            {0.3, 0.5, 0.2}, {0.5, 0.3, 0.2}};
        for (double[] w : weights) {
            for (double conflict : new double[] {1.0, 0.7, 0.5, 0.3}) {
                for (double t = 0.06; t <= 0.40; t += 0.02) {
                    out.add(DiscoverConfig.DEFAULT.withWeights(w[0], w[1], w[2], conflict).withThreshold(Math.round(t * 100) / 100.0));
                }
            }
        }
        return out;
    }

    static BCubedScore score(DiscoverConfig c, List<DocumentFeatures> features, Map<String, String> gold, Predicate<String> keep) {
        List<DocumentFeatures> docs = features.stream().filter(f -> gold.containsKey(f.sourceId()) && keep.test(f.sourceId())).toList();
        Map<String, String> system = new HashMap<>();
        for (DiscoveredEvent e : new EventDiscoverer(c).discover(docs)) {
            e.sources().forEach(s -> system.put(s, e.id()));
        }
        Map<String, String> g = new HashMap<>();
        docs.forEach(d -> g.put(d.sourceId(), gold.get(d.sourceId())));
        return BCubed.score(g, system);
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
