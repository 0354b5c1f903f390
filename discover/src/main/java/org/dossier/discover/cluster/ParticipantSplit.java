package org.dossier.discover.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dossier.discover.DiscoverConfig;

/**
 * Splits an event whose articles fall into two groups with different core participants: one event's articles share
 * its people and organizations, two events of one kind (two celebrities entering rehab) share words but not those. The
 * groups are the top of the event's own average-link tree; a long story keeps its central participants and stays whole.
 */
public final class ParticipantSplit {

    /** How many of a group's most widely named participants are its core. */
    static final int CORE_SIZE = 3;

    private static final String PERSON = "person:";
    private static final String ORGANIZATION = "org:";

    private ParticipantSplit() {
    }

    /**
     * The groups after splitting.
     *
     * @param group each document's group (the lowest index in it), from average link
     * @param pairs the scored pairs average link used (pairs across groups are ignored)
     * @param vectors the documents
     * @return each document's group, the lowest index in it
     */
    public static int[] refine(int[] group, List<ScoredPair> pairs, List<DocumentVector> vectors,
            DiscoverConfig config) {
        int minSize = config.splitMinSize();
        if (minSize == 0) {
            return group.clone();
        }
        Map<Integer, List<Integer>> members = new TreeMap<>();
        for (int i = 0; i < group.length; i++) {
            members.computeIfAbsent(group[i], g -> new ArrayList<>()).add(i);
        }
        Map<Integer, List<ScoredPair>> inside = new HashMap<>();
        for (ScoredPair p : pairs) {
            if (group[p.a()] == group[p.b()] && members.get(group[p.a()]).size() >= 2 * minSize) {
                inside.computeIfAbsent(group[p.a()], g -> new ArrayList<>()).add(p);
            }
        }
        int[] out = group.clone();
        for (Map.Entry<Integer, List<ScoredPair>> e : inside.entrySet()) {
            List<List<Integer>> parts = new ArrayList<>();
            split(members.get(e.getKey()), e.getValue(), vectors, config, parts);
            for (List<Integer> part : parts) {
                int lowest = part.stream().min(Integer::compare).orElseThrow();
                part.forEach(i -> out[i] = lowest);
            }
        }
        return out;
    }

    /**
     * Splits {@code docs} (sorted) at the top of their average-link tree while both sides have at least
     * {@link DiscoverConfig#splitMinSize()} documents and are two events; each side is then tried again.
     */
    private static void split(List<Integer> docs, List<ScoredPair> pairs, List<DocumentVector> vectors,
            DiscoverConfig config, List<List<Integer>> parts) {
        if (docs.size() >= 2 * config.splitMinSize()) {
            Map<Integer, Integer> local = new HashMap<>();
            for (int i = 0; i < docs.size(); i++) {
                local.put(docs.get(i), i);
            }
            List<ScoredPair> within = new ArrayList<>();
            for (ScoredPair p : pairs) {
                Integer a = local.get(p.a());
                Integer b = local.get(p.b());
                if (a != null && b != null) {
                    within.add(new ScoredPair(Math.min(a, b), Math.max(a, b), p.similarity()));
                }
            }
            int[] two = AverageLinkClusterer.clusterInto(docs.size(), within, 2);
            List<Integer> first = new ArrayList<>();
            List<Integer> second = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                (two[i] == two[0] ? first : second).add(docs.get(i));
            }
            if (first.size() >= config.splitMinSize() && second.size() >= config.splitMinSize()
                    && twoEvents(first, second, vectors, config)) {
                split(first, within(pairs, first), vectors, config, parts);
                split(second, within(pairs, second), vectors, config, parts);
                return;
            }
        }
        parts.add(docs);
    }

    private static List<ScoredPair> within(List<ScoredPair> pairs, List<Integer> docs) {
        Set<Integer> in = new HashSet<>(docs);
        return pairs.stream().filter(p -> in.contains(p.a()) && in.contains(p.b())).toList();
    }

    /**
     * True when each group has core participants (its {@value #CORE_SIZE} people or organizations named in the most of
     * its documents, each in at least {@link DiscoverConfig#coreShare()} of them) and neither group's core participants
     * are named in more than {@link DiscoverConfig#coreOverlap()} of the other group's documents.
     */
    static boolean twoEvents(List<Integer> a, List<Integer> b, List<DocumentVector> vectors, DiscoverConfig config) {
        Map<String, Integer> namedInA = participants(a, vectors);
        Map<String, Integer> namedInB = participants(b, vectors);
        List<String> coreA = core(namedInA, a.size(), config.coreShare());
        List<String> coreB = core(namedInB, b.size(), config.coreShare());
        if (coreA.isEmpty() || coreB.isEmpty()) {
            return false;
        }
        return coreA.stream().allMatch(p -> namedInB.getOrDefault(p, 0) <= config.coreOverlap() * b.size())
                && coreB.stream().allMatch(p -> namedInA.getOrDefault(p, 0) <= config.coreOverlap() * a.size());
    }

    /** For each person or organization, how many of the documents name it. */
    private static Map<String, Integer> participants(List<Integer> docs, List<DocumentVector> vectors) {
        Map<String, Integer> named = new HashMap<>();
        for (int i : docs) {
            for (String key : vectors.get(i).entities().keySet()) {
                if (key.startsWith(PERSON) || key.startsWith(ORGANIZATION)) {
                    named.merge(key, 1, Integer::sum);
                }
            }
        }
        return named;
    }

    /** The participants named in the most documents (ties by key), at most {@link #CORE_SIZE}, each in the share. */
    private static List<String> core(Map<String, Integer> named, int documents, double share) {
        return named.entrySet().stream().filter(e -> e.getValue() >= share * documents)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(CORE_SIZE).map(Map.Entry::getKey).toList();
    }
}
