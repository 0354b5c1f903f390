package org.dossier.reconcile.crosssource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Which pairs of a list of vectors are worth scoring: every pair while there are at most {@link #ALL_PAIRS_LIMIT} vectors
 * (so small corpora are read exactly), and above that each vector with its {@link #NEIGHBOURS} most similar by cosine,
 * found in an inverted file (spherical k-means lists of about {@link #LIST_SIZE} vectors, trained on a sample of at most
 * {@link #MAX_TRAINING} vectors or {@link #TRAINING_PER_LIST} per list, {@link #PROBES} nearest lists scanned). The cost
 * then grows with n·(PROBES·LIST_SIZE + n / LIST_SIZE) rather than n², and a fact stated by many sources is still linked
 * through chains of neighbours. Deterministic: the same vectors give the same pairs.
 */
final class CandidatePairs {

    /** Up to this many vectors every pair is a candidate. */
    static final int ALL_PAIRS_LIMIT = 1500;
    /** Neighbours kept per vector above the limit. */
    static final int NEIGHBOURS = 40;
    static final int LIST_SIZE = 256;
    static final int PROBES = 8;
    private static final int KMEANS_ROUNDS = 6;
    /**
     * The lists are trained on at most this many vectors (a seeded sample), or {@link #TRAINING_PER_LIST} per list when
     * that is more: training on every vector would cost rounds × n × n / {@link #LIST_SIZE} dot products.
     */
    static final int MAX_TRAINING = 16_384;
    static final int TRAINING_PER_LIST = 64;
    private static final long SEED = 11L;

    private CandidatePairs() {
    }

    /**
     * Candidate pairs {i, j} (i &lt; j, ascending) of items that share a group key: pairs are only formed inside a
     * group, each group read as {@link #of} reads a list. {@code keys.get(i)} is item i's group.
     */
    static List<int[]> within(List<float[]> vectors, List<?> keys) {
        if (vectors.size() != keys.size()) {
            throw new IllegalArgumentException(vectors.size() + " vectors but " + keys.size() + " keys");
        }
        java.util.Map<Object, List<Integer>> groups = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            groups.computeIfAbsent(keys.get(i), k -> new ArrayList<>()).add(i);
        }
        long n = vectors.size();
        List<Long> pairs = new ArrayList<>();
        for (List<Integer> members : groups.values()) {
            List<float[]> sub = members.stream().map(vectors::get).toList();
            for (int[] p : of(sub)) {
                int a = members.get(p[0]);
                int b = members.get(p[1]);
                pairs.add(Math.min(a, b) * n + Math.max(a, b));
            }
        }
        long[] sorted = pairs.stream().mapToLong(Long::longValue).sorted().toArray();
        List<int[]> out = new ArrayList<>(sorted.length);
        for (long key : sorted) {
            out.add(new int[] {(int) (key / n), (int) (key % n)});
        }
        return out;
    }

    /**
     * For each query, the indices of the base vectors worth scoring against it (ascending): all of them while
     * queries × base is at most {@link #ALL_PAIRS_LIMIT} squared, else its {@link #NEIGHBOURS} most similar.
     */
    static int[][] across(List<float[]> queries, List<float[]> base) {
        if ((long) queries.size() * base.size() <= (long) ALL_PAIRS_LIMIT * ALL_PAIRS_LIMIT) {
            int[] all = IntStream.range(0, base.size()).toArray();
            return queries.stream().map(q -> all).toArray(int[][]::new);
        }
        Lists lists = Lists.build(base.stream().map(CandidatePairs::unit).toArray(float[][]::new));
        return queries.parallelStream().map(q -> {
            float[] v = lists.padded(unit(q));
            int[] near = lists.nearest(v, lists.probes(v), NEIGHBOURS, -1);
            Arrays.sort(near);
            return near;
        }).toArray(int[][]::new);
    }

    /** Candidate pairs {i, j} with i &lt; j, in ascending order of i then j. */
    static List<int[]> of(List<float[]> vectors) {
        int n = vectors.size();
        List<int[]> out = new ArrayList<>();
        if (n <= ALL_PAIRS_LIMIT) {
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    out.add(new int[] {i, j});
                }
            }
            return out;
        }
        Lists lists = Lists.build(vectors.stream().map(CandidatePairs::unit).toArray(float[][]::new));
        int[][] neighbours = new int[n][];
        // list by list, so that consecutive queries scan the same lists while they are in the processor's cache
        IntStream.range(0, n).parallel().forEach(slot -> {
            int i = lists.indexAt(slot);
            neighbours[i] = lists.nearest(lists.vector(i), lists.probed()[i], NEIGHBOURS, i);
        });
        long[] keys = new long[Arrays.stream(neighbours).mapToInt(row -> row.length).sum()];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j : neighbours[i]) {
                keys[k++] = i < j ? (long) i * n + j : (long) j * n + i;
            }
        }
        long[] distinct = Arrays.stream(keys).sorted().distinct().toArray();
        for (long key : distinct) {
            out.add(new int[] {(int) (key / n), (int) (key % n)});
        }
        return out;
    }

    /**
     * The inverted file: centroids, the members of each list (ascending), and the members' vectors packed list after list
     * in one array ({@code dims} floats a vector, zero-padded to the longest), so a scan of a list reads memory in order.
     */
    private record Lists(float[][] centroids, int[][] members, int[][] probed, int[] start, int[] slotOf, int[] bySlot,
            float[] packed, int dims) {

        static Lists build(float[][] unit) {
            int n = unit.length;
            int c = Math.max(1, (n + LIST_SIZE - 1) / LIST_SIZE);
            SplittableRandom random = new SplittableRandom(SEED);
            float[][] centroids = new float[c][];
            int[] order = IntStream.range(0, n).toArray();
            for (int i = n - 1; i > 0; i--) {   // a seeded shuffle: the first c vectors start the lists
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int i = 0; i < c; i++) {
                centroids[i] = unit[order[i]].clone();
            }
            int sample = Math.max(MAX_TRAINING, TRAINING_PER_LIST * c);
            float[][] training = n <= sample ? unit
                    : Arrays.stream(order, 0, sample).sorted().mapToObj(i -> unit[i]).toArray(float[][]::new);
            int[] trained = new int[training.length];
            for (int round = 0; round < KMEANS_ROUNDS; round++) {
                float[][] current = centroids;
                Arrays.setAll(trained, i -> nearestCentroid(current, training[i]));
                centroids = recentre(training, trained, current);
            }
            float[][] finalCentroids = centroids;
            // each vector's nearest lists, computed once: the first is its own list, and all are those it probes as a query
            int probes = Math.min(PROBES, c);
            int[][] probed = new int[n][];
            IntStream.range(0, n).parallel()
                    .forEach(i -> probed[i] = top(finalCentroids.length, probes, j -> dot(unit[i], finalCentroids[j]), -1));
            int[] assignment = new int[n];
            Arrays.setAll(assignment, i -> probed[i][0]);   // the first nearest, as nearestCentroid gives it
            int[] sizes = new int[c];
            for (int a : assignment) {
                sizes[a]++;
            }
            int[][] members = new int[c][];
            for (int i = 0; i < c; i++) {
                members[i] = new int[sizes[i]];
            }
            int[] fill = new int[c];
            for (int i = 0; i < n; i++) {
                members[assignment[i]][fill[assignment[i]]++] = i;
            }
            int dims = Arrays.stream(unit).mapToInt(v -> v.length).max().orElse(0);
            int[] start = new int[c];
            int[] slotOf = new int[n];
            int[] bySlot = new int[n];
            float[] packed = new float[Math.multiplyExact(n, dims)];
            int slot = 0;
            for (int l = 0; l < c; l++) {
                start[l] = slot;
                for (int i : members[l]) {
                    slotOf[i] = slot;
                    bySlot[slot] = i;
                    System.arraycopy(unit[i], 0, packed, slot * dims, unit[i].length);
                    slot++;
                }
            }
            return new Lists(centroids, members, probed, start, slotOf, bySlot, packed, dims);
        }

        /** The index whose vector is at {@code slot} of the packed order (list after list). */
        int indexAt(int slot) {
            return bySlot[slot];
        }

        /** The unit vector of index {@code i}, padded. */
        float[] vector(int i) {
            return Arrays.copyOfRange(packed, slotOf[i] * dims, slotOf[i] * dims + dims);
        }

        /** {@code v} zero-padded to {@code dims} (zeros add nothing to a dot product). */
        float[] padded(float[] v) {
            return v.length >= dims ? v : Arrays.copyOf(v, dims);
        }

        /** The {@link #PROBES} lists nearest to {@code q}, nearest first. */
        int[] probes(float[] q) {
            return top(centroids.length, Math.min(PROBES, centroids.length), j -> dot(q, centroids[j]), -1);
        }

        /** The {@code k} vectors most similar to {@code q} (padded; skipping vector {@code i}) in {@code lists}. */
        int[] nearest(float[] q, int[] lists, int k, int i) {
            int total = 0;
            for (int l : lists) {
                total += members[l].length;
            }
            int[] pool = new int[total];
            int[] offsets = new int[total];
            int p = 0;
            for (int l : lists) {
                System.arraycopy(members[l], 0, pool, p, members[l].length);
                for (int m = 0; m < members[l].length; m++) {
                    offsets[p + m] = (start[l] + m) * dims;
                }
                p += members[l].length;
            }
            int[] best = top(pool.length, Math.min(k, pool.length), j -> dot(q, packed, offsets[j], dims), indexOf(pool, i));
            return Arrays.stream(best).map(j -> pool[j]).toArray();
        }
    }

    private static int indexOf(int[] pool, int value) {
        for (int j = 0; j < pool.length; j++) {
            if (pool[j] == value) {
                return j;
            }
        }
        return -1;
    }

    /** Indices of the {@code k} highest scores among {@code 0..n-1}, skipping {@code skip}; ties towards the lower index. */
    private static int[] top(int n, int k, java.util.function.IntToDoubleFunction score, int skip) {
        int[] idx = new int[Math.max(0, k)];
        double[] val = new double[idx.length];
        int size = 0;
        for (int j = 0; j < n; j++) {
            if (j == skip) {
                continue;
            }
            double s = score.applyAsDouble(j);
            if (size < idx.length) {
                int pos = size++;
                while (pos > 0 && val[pos - 1] < s) {
                    val[pos] = val[pos - 1];
                    idx[pos] = idx[pos - 1];
                    pos--;
                }
                val[pos] = s;
                idx[pos] = j;
            } else if (idx.length > 0 && s > val[idx.length - 1]) {
                int pos = idx.length - 1;
                while (pos > 0 && val[pos - 1] < s) {
                    val[pos] = val[pos - 1];
                    idx[pos] = idx[pos - 1];
                    pos--;
                }
                val[pos] = s;
                idx[pos] = j;
            }
        }
        return size == idx.length ? idx : Arrays.copyOf(idx, size);
    }

    private static int nearestCentroid(float[][] centroids, float[] v) {
        int best = 0;
        double bestDot = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < centroids.length; c++) {
            double d = dot(v, centroids[c]);
            if (d > bestDot) {
                bestDot = d;
                best = c;
            }
        }
        return best;
    }

    /** Each list's mean direction; a list left empty keeps its old centroid. */
    private static float[][] recentre(float[][] unit, int[] assignment, float[][] old) {
        int dims = unit.length == 0 ? 0 : unit[0].length;
        float[][] sums = new float[old.length][dims];
        int[] counts = new int[old.length];
        for (int i = 0; i < unit.length; i++) {
            float[] s = sums[assignment[i]];
            for (int d = 0; d < dims; d++) {
                s[d] += unit[i][d];
            }
            counts[assignment[i]]++;
        }
        float[][] out = new float[old.length][];
        for (int c = 0; c < old.length; c++) {
            out[c] = counts[c] == 0 ? old[c] : unit(sums[c]);
        }
        return out;
    }

    static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float[] out = new float[v.length];
        if (norm == 0) {
            return out;
        }
        float inv = (float) (1 / Math.sqrt(norm));
        for (int d = 0; d < v.length; d++) {
            out[d] = v[d] * inv;
        }
        return out;
    }

    /** The dot product of {@code a} with the {@code dims} floats of {@code packed} from {@code offset}, summed as {@link #dot}. */
    static double dot(float[] a, float[] packed, int offset, int dims) {
        int n = Math.min(a.length, dims);
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int d = 0;
        for (; d + 3 < n; d += 4) {
            s0 += a[d] * packed[offset + d];
            s1 += a[d + 1] * packed[offset + d + 1];
            s2 += a[d + 2] * packed[offset + d + 2];
            s3 += a[d + 3] * packed[offset + d + 3];
        }
        for (; d < n; d++) {
            s0 += a[d] * packed[offset + d];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** The dot product, summed in four independent parts (one chain of additions would wait on each sum in turn). */
    static double dot(float[] a, float[] b) {
        return dot(a, b, 0, b.length);
    }
}
