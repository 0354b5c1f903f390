package org.dossier.discover;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dossier.discover.io.JsonLines;
import org.dossier.eval.cluster.BCubed;
import org.dossier.eval.cluster.BCubedScore;
import org.dossier.eval.cluster.EventsFile;

/**
 * Where an incremental run loses against the batch run (not a test): reads stored features with their gold events,
 * discovers every other document (by source id) first and adds the rest, and prints the B-cubed scores of the batch
 * run, the first run alone and the incremental run, the events that mix gold events with their old and new articles,
 * and the score of an oracle that places each new article as well as the first run's fixed events allow.
 * Usage: {@code IncrementalAnalysis FEATURES.jsonl GOLD.json}.
 */
public final class IncrementalAnalysis {

    public static void main(String[] args) throws Exception {
        List<DocumentFeatures> features = JsonLines.parseFeatures(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
        Map<String, String> gold = EventsFile.read(Path.of(args[1]));
        List<DocumentFeatures> docs = features.stream().filter(f -> gold.containsKey(f.sourceId()))
                .sorted(Comparator.comparing(DocumentFeatures::sourceId)).toList();
        List<DocumentFeatures> one = new ArrayList<>();
        List<DocumentFeatures> two = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            (i % 2 == 0 ? one : two).add(docs.get(i));
        }
        EventDiscoverer d = new EventDiscoverer(DiscoverConfig.DEFAULT);
        List<DiscoveredEvent> batch = d.discover(docs);
        List<DiscoveredEvent> first = d.discover(one);
        List<DiscoveredEvent> incremental = d.extend(first, one, two);
        print("batch", batch, gold);
        print("first half alone", first, gold);
        print("incremental", incremental, gold);
        System.out.println("ids changed: " + changedIds(first, incremental));
        print("oracle for the new articles", oracle(first, two, gold), gold);
        for (Projection mode : Projection.values()) {
            print("projected " + mode, project(first, one, two, mode), gold);
        }
        List<DiscoveredEvent> projected = project(first, one, two, Projection.LARGEST_OVERLAP_OF_HOME);
        Set<String> old = new HashSet<>();
        one.forEach(f -> old.add(f.sourceId()));
        System.out.println("\nfirst-run events mixing gold events (gold: old articles):");
        mixed(first, gold, old);
        System.out.println("\nincremental events mixing gold events (gold: old+new articles):");
        mixed(incremental, gold, old);
        System.out.println("\nbatch events mixing gold events:");
        mixed(batch, gold, old);
        System.out.println("\nprojected events mixing gold events:");
        mixed(projected, gold, old);
        System.out.println("\ngold events by system event (old+new), where the runs differ: batch | first | incremental | projected");
        Map<String, List<String>> byGold = new TreeMap<>();
        for (List<DiscoveredEvent> run : List.of(batch, first, incremental, projected)) {
            Map<String, Map<String, int[]>> spread = new TreeMap<>();
            for (DiscoveredEvent e : run) {
                for (String s : e.sources()) {
                    spread.computeIfAbsent(gold.get(s), k -> new TreeMap<>()).computeIfAbsent(e.id(), k -> new int[2])[old.contains(s) ? 0 : 1]++;
                }
            }
            for (String g : new java.util.TreeSet<>(gold.values())) {
                StringBuilder b = new StringBuilder();
                spread.getOrDefault(g, Map.of()).forEach((id, n) -> b.append(id).append(' ').append(n[0]).append('+').append(n[1]).append(' '));
                byGold.computeIfAbsent(g, k -> new ArrayList<>()).add(b.toString().strip());
            }
        }
        byGold.forEach((g, runs) -> {
            if (runs.get(0).split(" ").length > 2 || runs.get(3).split(" ").length > 2 || runs.get(2).split(" ").length > 2) {
                System.out.println("  " + g + ": " + String.join(" | ", runs));
            }
        });
    }

    enum Projection { LARGEST_OVERLAP_OF_HOME, NEAREST_OF_HOME, MAJORITY }

    /**
     * Prototype: the batch clustering of all documents, projected onto the first run's events: old documents stay in
     * their events; the new documents of a batch cluster join an existing event of that cluster (by {@code mode}) or
     * form a new event.
     */
    private static List<DiscoveredEvent> project(List<DiscoveredEvent> events, List<DocumentFeatures> one,
            List<DocumentFeatures> two, Projection mode) {
        DiscoverConfig c = DiscoverConfig.DEFAULT;
        List<DocumentFeatures> all = new ArrayList<>(one);
        all.addAll(two);
        org.dossier.discover.cluster.Vectorizer v = new org.dossier.discover.cluster.Vectorizer(
                org.dossier.discover.cluster.FeatureStatistics.of(all));
        List<org.dossier.discover.cluster.DocumentVector> vectors = all.stream().map(v::vector).toList();
        List<org.dossier.discover.cluster.ScoredPair> pairs = new org.dossier.discover.cluster.CandidatePairs(c,
                new org.dossier.discover.cluster.EventSimilarity(c)).scored(vectors, 0);
        double[] scale = org.dossier.discover.cluster.LocalScale.of(all.size(), pairs, c.neighbourRank(), c.neighbourGap(), c.minScale());
        List<org.dossier.discover.cluster.ScoredPair> rescaled = org.dossier.discover.cluster.LocalScale.rescale(pairs, scale);
        int n = all.size();
        int[] batch = new org.dossier.discover.cluster.AverageLinkClusterer(c.threshold()).cluster(n, rescaled);
        Map<String, Integer> eventOf = new HashMap<>();
        for (int e = 0; e < events.size(); e++) {
            for (String s : events.get(e).sources()) {
                eventOf.put(s, e);
            }
        }
        int nOld = one.size();
        // overlap[e][c]
        Map<Integer, Map<Integer, Integer>> overlap = new HashMap<>();
        for (int i = 0; i < nOld; i++) {
            overlap.computeIfAbsent(eventOf.get(all.get(i).sourceId()), k -> new TreeMap<>()).merge(batch[i], 1, Integer::sum);
        }
        Map<Integer, Integer> home = new HashMap<>();
        overlap.forEach((e, row) -> home.put(e, row.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey()));
        // mean rescaled similarity of new doc i to event e
        Map<Integer, Map<Integer, Double>> link = new HashMap<>();
        for (org.dossier.discover.cluster.ScoredPair p : rescaled) {
            if (p.a() < nOld && p.b() >= nOld) {
                link.computeIfAbsent(p.b(), k -> new HashMap<>()).merge(eventOf.get(all.get(p.a()).sourceId()), p.similarity(), Double::sum);
            }
        }
        Map<String, List<String>> members = new TreeMap<>();
        events.forEach(e -> members.put(e.id(), new ArrayList<>(e.sources())));
        for (int i = nOld; i < n; i++) {
            final int cl = batch[i];
            List<Integer> candidates = new ArrayList<>();
            for (int e : overlap.keySet()) {
                boolean in = overlap.get(e).containsKey(cl);
                if (mode == Projection.MAJORITY ? in : in && home.get(e) == cl) {
                    candidates.add(e);
                }
            }
            candidates.sort(Comparator.naturalOrder());
            Integer chosen = null;
            double bestScore = -1;
            for (int e : candidates) {
                double score = mode == Projection.NEAREST_OF_HOME
                        ? link.getOrDefault(i, Map.of()).getOrDefault(e, 0.0) / events.get(e).size()
                        : overlap.get(e).get(cl);
                if (score > bestScore) {
                    bestScore = score;
                    chosen = e;
                }
            }
            String key = chosen != null ? events.get(chosen).id() : "new-" + all.get(cl).sourceId();
            members.computeIfAbsent(key, k -> new ArrayList<>()).add(all.get(i).sourceId());
        }
        List<DiscoveredEvent> out = new ArrayList<>();
        members.forEach((id, s) -> out.add(new DiscoveredEvent(id, null, s, null, null, List.of())));
        return out;
    }

    private static void print(String name, List<DiscoveredEvent> events, Map<String, String> gold) {
        Map<String, String> system = new HashMap<>();
        events.forEach(e -> e.sources().forEach(s -> system.put(s, e.id())));
        Map<String, String> g = new HashMap<>();
        system.keySet().forEach(s -> g.put(s, gold.get(s)));
        BCubedScore x = BCubed.score(g, system);
        System.out.printf(Locale.ROOT, "%-28s %4d articles %3d events  P %.3f R %.3f F1 %.3f%n", name, system.size(), events.size(),
                x.precision(), x.recall(), x.f1());
    }

    private static int changedIds(List<DiscoveredEvent> before, List<DiscoveredEvent> after) {
        Map<String, String> was = new HashMap<>();
        before.forEach(e -> e.sources().forEach(s -> was.put(s, e.id())));
        int changed = 0;
        for (DiscoveredEvent e : after) {
            for (String s : e.sources()) {
                if (was.containsKey(s) && !was.get(s).equals(e.id())) {
                    changed++;
                }
            }
        }
        return changed;
    }

    /**
     * The first run's events with each new article placed by its gold event: into the existing event that holds most old
     * articles of that gold event when that gold event is also the event's largest, else into a new event per gold event.
     */
    private static List<DiscoveredEvent> oracle(List<DiscoveredEvent> first, List<DocumentFeatures> added, Map<String, String> gold) {
        Map<String, String> target = new HashMap<>();
        Map<String, Integer> best = new HashMap<>();
        for (DiscoveredEvent e : first) {
            Map<String, Integer> count = composition(e, gold, null);
            String major = count.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            if (count.get(major) > best.getOrDefault(major, 0)) {
                best.put(major, count.get(major));
                target.put(major, e.id());
            }
        }
        Map<String, List<String>> members = new TreeMap<>();
        first.forEach(e -> members.put(e.id(), new ArrayList<>(e.sources())));
        for (DocumentFeatures f : added) {
            String g = gold.get(f.sourceId());
            members.computeIfAbsent(target.getOrDefault(g, "new-" + g), k -> new ArrayList<>()).add(f.sourceId());
        }
        List<DiscoveredEvent> out = new ArrayList<>();
        members.forEach((id, s) -> out.add(new DiscoveredEvent(id, null, s, null, null, List.of())));
        return out;
    }

    private static void mixed(List<DiscoveredEvent> events, Map<String, String> gold, Set<String> old) {
        for (DiscoveredEvent e : events) {
            Map<String, Integer> all = composition(e, gold, null);
            if (all.size() < 2) {
                continue;
            }
            Map<String, Integer> o = composition(e, gold, old);
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-22s %3d:", e.id(), e.size()));
            all.forEach((g, n) -> line.append(String.format(Locale.ROOT, " %s %d+%d", g, o.getOrDefault(g, 0), n - o.getOrDefault(g, 0))));
            System.out.println(line);
        }
    }

    /** Gold event to article count in {@code e} (only the articles in {@code only} when not null). */
    private static Map<String, Integer> composition(DiscoveredEvent e, Map<String, String> gold, Set<String> only) {
        Map<String, Integer> out = new TreeMap<>();
        e.sources().stream().filter(s -> only == null || only.contains(s)).forEach(s -> out.merge(gold.get(s), 1, Integer::sum));
        return out;
    }
}
