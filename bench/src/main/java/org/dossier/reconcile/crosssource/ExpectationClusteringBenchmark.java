package org.dossier.reconcile.crosssource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.dossier.model.Evidence;
import org.dossier.model.fact.ClaimKind;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The scorecard's expectation clustering over {@code clauses} synthetic expectation clauses (groups of 3 to 8
 * paraphrases, 64-d vectors, 37 sources): {@link #cluster} is the scorecard's (candidate pairs, then average link over
 * the joinable pairs), {@link #allPairsScan} the scan of every pair of clusters at every merge that it replaced (cubic;
 * run it only up to about 1,500: {@code bench/jmh.sh ExpectationClustering -p clauses=400,800,1500}). In this package
 * because the scorecard is package-private.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExpectationClusteringBenchmark {

    private static final int DIMENSIONS = 64;

    @Param({"400", "800", "1500"})
    public int clauses;

    private List<Passage> passages;
    private Scoring scoring;

    @Setup
    public void clauses() {
        SplittableRandom random = new SplittableRandom(5L);
        Map<String, float[]> vectors = new LinkedHashMap<>();
        passages = new ArrayList<>();
        float[] centre = null;
        int left = 0;
        for (int i = 0; i < clauses; i++) {
            if (left == 0) {
                centre = gaussian(random, 1f);
                left = 3 + random.nextInt(6);
            }
            left--;
            float[] v = centre.clone();
            float[] noise = gaussian(random, 0.9f);
            for (int d = 0; d < DIMENSIONS; d++) {
                v[d] += noise[d];
            }
            String text = "expectation clause " + i;
            vectors.put(text, v);
            passages.add(new Passage(text, text, ClaimKind.EXPECTATION, null, Evidence.of("s" + (i % 37), text, 0, text.length()),
                    Set.of(), text));
        }
        SentenceEmbedder embedder = texts -> texts.stream().map(vectors::get).toArray(float[][]::new);
        SimilarityIndex similarity = SimilarityIndex.build(embedder, vectors.keySet(), vectors.keySet());
        scoring = new Scoring(similarity, new EntityIndex(List.of(), List.of()), CrossSourceSettings.DEFAULT);
    }

    private static float[] gaussian(SplittableRandom random, float scale) {
        float[] v = new float[DIMENSIONS];
        for (int d = 0; d < DIMENSIONS; d++) {
            v[d] = (float) random.nextGaussian() * scale;
        }
        return v;
    }

    @Benchmark
    public List<List<Passage>> cluster() {
        return new ScorecardBuilder(scoring).cluster(passages);
    }

    /** The earlier clustering: every pair scored into a matrix, every pair of clusters scanned at every merge. */
    @Benchmark
    public List<List<Integer>> allPairsScan() {
        int n = passages.size();
        double[][] s = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Passage a = passages.get(i);
                Passage b = passages.get(j);
                s[i][j] = a.claimId().equals(b.claimId()) ? Double.NEGATIVE_INFINITY : scoring.score(a, b);
                s[j][i] = s[i][j];
            }
        }
        List<List<Integer>> clusters = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            clusters.add(new ArrayList<>(List.of(i)));
        }
        while (true) {
            double best = Double.NEGATIVE_INFINITY;
            int bi = -1;
            int bj = -1;
            for (int i = 0; i < clusters.size(); i++) {
                for (int j = i + 1; j < clusters.size(); j++) {
                    double sum = 0;
                    double min = Double.POSITIVE_INFINITY;
                    for (int a : clusters.get(i)) {
                        for (int b : clusters.get(j)) {
                            sum += s[a][b];
                            min = Math.min(min, s[a][b]);
                        }
                    }
                    double avg = sum / (clusters.get(i).size() * clusters.get(j).size());
                    if (avg > best && min >= scoring.settings().linkScore()) {
                        best = avg;
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0 || best < scoring.settings().clusterScore()) {
                return clusters;
            }
            clusters.get(bi).addAll(clusters.remove(bj));
        }
    }
}
