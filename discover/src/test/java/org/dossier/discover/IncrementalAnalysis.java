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
 * how many earlier articles moved and event ids were lost, the score of an oracle that places each new article as well
 * as the first run's events allow when they are kept fixed, and the scores of earlier placements that kept them fixed
 * (placing new articles by a batch clustering of all articles, three ways of choosing among existing events, or by
 * average link from the existing events as fixed groups).
 * Usage: {@code IncrementalAnalysis FEATURES.jsonl GOLD.json} ({@code -Dparts=N}, N > 2: a stream of N runs instead,
 * see {@link #stream}); with a second corpus
 * ({@code FEATURES.jsonl GOLD.json FEATURES2.jsonl GOLD2.json}), a grid of neighbour ranks, gaps, scale floors and
 * thresholds instead: batch F1 on both corpora, incremental F1 on the first.
 */
public final class IncrementalAnalysis {

    public static void main(String[] args) throws Exception {
        if (args.length == 4) {
            grid(args);
            return;
        }
        Map<String, String> gold = EventsFile.read(Path.of(args[1]));
        List<DocumentFeatures> docs = goldDocuments(Path.of(args[0]), gold);
        int parts = Integer.getInteger("parts", 2);
        if (parts > 2) {
            stream(docs, gold, parts);
            return;
        }
        List<DocumentFeatures> one = new ArrayList<>();
        List<DocumentFeatures> two = new ArrayList<>();
        boolean hashSplit = "hash".equals(System.getProperty("split"));
        for (int i = 0; i < docs.size(); i++) {
            (firstHalf(docs.get(i).sourceId(), i, hashSplit) ? one : two).add(docs.get(i));
        }
        EventDiscoverer d = new EventDiscoverer(DiscoverConfig.DEFAULT);
        List<DiscoveredEvent> batch = d.discover(docs);
        List<DiscoveredEvent> first = d.discover(one);
        List<DiscoveredEvent> incremental = d.extend(first, one, two);
        print("batch", batch, gold);
        print("first half alone", first, gold);
        print("incremental", incremental, gold);
        System.out.println("earlier articles moved: " + changedIds(first, incremental) + "; event ids lost: "
                + first.stream().map(DiscoveredEvent::id).filter(id -> incremental.stream().noneMatch(e -> e.id().equals(id))).count());
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

    /**
     * A stream in {@code parts} runs (document i, by source id, in part i mod parts): after each run the F1 over the
     * documents so far, the earlier articles that moved and the event ids lost; then the batch run's F1.
     */
    private static void stream(List<DocumentFeatures> docs, Map<String, String> gold, int parts) {
        EventDiscoverer d = new EventDiscoverer(DiscoverConfig.DEFAULT);
        List<DocumentFeatures> known = new ArrayList<>();
        List<DiscoveredEvent> events = List.of();
        for (int p = 0; p < parts; p++) {
            List<DocumentFeatures> added = new ArrayList<>();
            for (int i = p; i < docs.size(); i += parts) {
                added.add(docs.get(i));
            }
            List<DiscoveredEvent> next = d.extend(events, known, added);
            Set<String> ids = new HashSet<>();
            next.forEach(e -> ids.add(e.id()));
            long lost = events.stream().filter(e -> !ids.contains(e.id())).count();
            print("run " + (p + 1) + " of " + parts, next, gold);
            System.out.println("  earlier articles moved: " + MovedArticle.between(events, next).size() + "; event ids lost: " + lost);
            known.addAll(added);
            events = next;
        }
        print("batch", d.discover(docs), gold);
    }

    /**
     * Batch F1 on both corpora and incremental F1 on the first, over neighbour ranks, gaps and thresholds (the other
     * settings at their defaults).
     */
    private static void grid(String[] args) throws Exception {
        Map<String, String> gold = EventsFile.read(Path.of(args[1]));
        List<DocumentFeatures> docs = goldDocuments(Path.of(args[0]), gold);
        List<DocumentFeatures> one = new ArrayList<>();
        List<DocumentFeatures> two = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            (firstHalf(docs.get(i).sourceId(), i, false) ? one : two).add(docs.get(i));
        }
        List<DocumentFeatures> all = new ArrayList<>(one);
        all.addAll(two);
        List<DocumentFeatures> ml = JsonLines.parseFeatures(Files.readString(Path.of(args[2]), StandardCharsets.UTF_8));
        Map<String, String> mlGold = EventsFile.read(Path.of(args[3]));
        ml = ml.stream().filter(f -> mlGold.containsKey(f.sourceId())).sorted(Comparator.comparing(DocumentFeatures::sourceId)).toList();
        List<org.dossier.discover.cluster.ScoredPair> pairsAll = pairs(all);
        List<org.dossier.discover.cluster.ScoredPair> pairsOne = pairs(one);
        List<org.dossier.discover.cluster.ScoredPair> pairsMl = pairs(ml);
        for (double minScale : new double[] {0.1, 0.12, 0.15}) {
            for (int rank = 2; rank <= 6; rank++) {
                for (double gap : new double[] {0.3, 0.4, 0.5, 0.6, 0.7}) {
                    for (int t = 40; t <= 66; t += 2) {
                        DiscoverConfig c = DiscoverConfig.DEFAULT.withNeighbourRank(rank).withNeighbourGap(gap).withMinScale(minScale)
                                .withThreshold(t / 100.0);
                        org.dossier.discover.cluster.EventClusterer ec = new org.dossier.discover.cluster.EventClusterer(c);
                        int[] batch = ec.clusterScored(all.size(), pairsAll, fresh(all.size())).group();
                        int[] first = ec.clusterScored(one.size(), pairsOne, fresh(one.size())).group();
                        int[] fixed = fresh(all.size());
                        System.arraycopy(first, 0, fixed, 0, first.length);
                        int[] inc = ec.clusterScored(all.size(), pairsAll, fixed).group();
                        int[] m = ec.clusterScored(ml.size(), pairsMl, fresh(ml.size())).group();
                        double fb = f1(all, batch, gold);
                        double fi = f1(all, inc, gold);
                        System.out.printf(Locale.ROOT, "ecb %.4f inc %.4f gap %.4f first %.4f ml %.4f  minScale %.2f rank %d gap %.1f t %.2f%n",
                                fb, fi, fb - fi, f1(one, first, gold), f1(ml, m, mlGold), minScale, rank, gap, t / 100.0);
                    }
                }
            }
        }
    }

    private static List<org.dossier.discover.cluster.ScoredPair> pairs(List<DocumentFeatures> docs) {
        DiscoverConfig c = DiscoverConfig.DEFAULT;
        org.dossier.discover.cluster.Vectorizer v = new org.dossier.discover.cluster.Vectorizer(
                org.dossier.discover.cluster.FeatureStatistics.of(docs));
        return new org.dossier.discover.cluster.CandidatePairs(c, new org.dossier.discover.cluster.EventSimilarity(c))
                .scored(docs.stream().map(v::vector).toList(), 0);
    }

    private static int[] fresh(int n) {
        int[] out = new int[n];
        java.util.Arrays.fill(out, -1);
        return out;
    }

    private static double f1(List<DocumentFeatures> docs, int[] group, Map<String, String> gold) {
        Map<String, String> system = new HashMap<>();
        Map<String, String> g = new HashMap<>();
        for (int i = 0; i < group.length; i++) {
            system.put(docs.get(i).sourceId(), String.valueOf(group[i]));
            g.put(docs.get(i).sourceId(), gold.get(docs.get(i).sourceId()));
        }
        return BCubed.score(g, system).f1();
    }

    /**
     * How new documents are placed: by the batch clustering into the existing event at home in their cluster with the
     * largest share of it, or with the highest mean similarity to them, or into the existing event with most documents
     * in the cluster, at home there or not; or (the rule before) by average link starting from the existing events as
     * fixed groups.
     */
    enum Projection { LARGEST_OVERLAP_OF_HOME, NEAREST_OF_HOME, MAJORITY, FIXED_GROUP_AVERAGE_LINK }

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
        if (mode == Projection.FIXED_GROUP_AVERAGE_LINK) {
            int[] fixed = new int[n];
            for (int i = 0; i < n; i++) {
                fixed[i] = i < nOld ? eventOf.get(all.get(i).sourceId()) : -1;
            }
            int[] group = new org.dossier.discover.cluster.AverageLinkClusterer(c.threshold()).cluster(n, rescaled, fixed);
            Map<String, List<String>> members = new TreeMap<>();
            events.forEach(e -> members.put(e.id(), new ArrayList<>(e.sources())));
            for (int i = nOld; i < n; i++) {
                String key = group[i] < nOld ? events.get(eventOf.get(all.get(group[i]).sourceId())).id() : "new-" + group[i];
                members.computeIfAbsent(key, k -> new ArrayList<>()).add(all.get(i).sourceId());
            }
            List<DiscoveredEvent> out = new ArrayList<>();
            members.forEach((id, s) -> out.add(new DiscoveredEvent(id, null, s, null, null, List.of())));
            return out;
        }
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

    /** Every other document by source id, or ({@code -Dsplit=hash}) by the low bit of the CRC-32 of the source id. */
    /** The stored features of the documents the gold names, in source-id order. */
    private static List<DocumentFeatures> goldDocuments(Path featuresFile, Map<String, String> gold) throws Exception {
        List<DocumentFeatures> features = JsonLines.parseFeatures(Files.readString(featuresFile, StandardCharsets.UTF_8));
        return features.stream().filter(f -> gold.containsKey(f.sourceId()))
                .sorted(Comparator.comparing(DocumentFeatures::sourceId)).toList();
    }

    private static boolean firstHalf(String sourceId, int index, boolean hashSplit) {
        if (!hashSplit) {
            return index % 2 == 0;
        }
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(sourceId.getBytes(StandardCharsets.UTF_8));
        return (crc.getValue() & 1) == 0;
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
