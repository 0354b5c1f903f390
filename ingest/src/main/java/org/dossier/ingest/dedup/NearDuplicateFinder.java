package org.dossier.ingest.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.model.Source;

/**
 * Finds near-duplicate sources (wire copies, reposts) and marks each with the source it repeats
 * ({@link Source#duplicateOf()}), keeping every source. Texts are compared only when one LSH band of their MinHash
 * signatures is equal (never all pairs); candidates are near-duplicates when the Jaccard similarity of their shingle
 * sets reaches {@link DuplicateConfig#minJaccard()}. Groups are closed transitively; the group's original is its
 * earliest dated source, then its longest, then the first given. Stateless and thread-safe.
 */
public final class NearDuplicateFinder {

    private final DuplicateConfig config;

    public NearDuplicateFinder() {
        this(DuplicateConfig.DEFAULT);
    }

    public NearDuplicateFinder(DuplicateConfig config) {
        this.config = config;
    }

    /** The same sources in the same order, near-duplicates marked with their group's original and a warning. */
    public List<Source> mark(List<Source> sources) {
        int n = sources.size();
        List<ShingleSketch> sketches = new ArrayList<>(n);
        for (Source s : sources) {
            sketches.add(ShingleSketch.of(s.text(), config.shingleWords(), config.hashes()));
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int b = 0; b < config.bands(); b++) {
            Map<Long, List<Integer>> buckets = new HashMap<>();
            for (int i = 0; i < n; i++) {
                if (sketches.get(i).size() >= config.minShingles()) {
                    buckets.computeIfAbsent(sketches.get(i).band(b, config.rows()), k -> new ArrayList<>()).add(i);
                }
            }
            for (List<Integer> bucket : buckets.values()) {
                for (int x = 0; x < bucket.size(); x++) {
                    for (int y = x + 1; y < bucket.size(); y++) {
                        int i = bucket.get(x);
                        int j = bucket.get(y);
                        if (find(parent, i) == find(parent, j)) {
                            continue;
                        }
                        double jaccard = sketches.get(i).jaccard(sketches.get(j));
                        if (jaccard >= config.minJaccard()) {
                            parent[find(parent, i)] = find(parent, j);
                        }
                    }
                }
            }
        }
        Map<Integer, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        List<Source> out = new ArrayList<>(sources);
        for (List<Integer> group : groups.values()) {
            if (group.size() < 2) {
                continue;
            }
            int original = group.stream().min(originalFirst(sources)).orElseThrow();
            for (int i : group) {
                if (i != original) {
                    String id = sources.get(original).id();
                    double shared = sketches.get(i).jaccard(sketches.get(original));
                    out.set(i, sources.get(i).withDuplicateOf(id, String.format(Locale.ROOT,
                            "near-duplicate of %s (Jaccard %.2f of %d-word shingles)", id, shared, config.shingleWords())));
                }
            }
        }
        return out;
    }

    private static Comparator<Integer> originalFirst(List<Source> sources) {
        Comparator<Integer> byDate = Comparator.comparing(i -> sources.get(i).published(),
                Comparator.nullsLast(Comparator.naturalOrder()));
        return byDate.thenComparing(i -> -sources.get(i).text().length()).thenComparing(i -> i);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
