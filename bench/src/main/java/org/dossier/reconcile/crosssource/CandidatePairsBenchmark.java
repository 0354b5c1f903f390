package org.dossier.reconcile.crosssource;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Candidate pairs for cross-source matching over {@code vectors} synthetic 384-dimensional sentence vectors (as many as
 * bge-small gives): 1,000 are read as all pairs, larger sets through the inverted file. The vectors lie around
 * {@code vectors / 20} random topic directions, so neighbourhoods look like claims about shared happenings.
 * In this package because {@link CandidatePairs} is package-private.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CandidatePairsBenchmark {

    static final int DIMENSIONS = 384;

    @Param({"1000", "5000", "20000"})
    public int vectors;

    private List<float[]> input;

    @Setup
    public void vectors() {
        input = clustered(vectors, 42L);
    }

    /** {@code n} seeded vectors around {@code n / 20} topic directions. */
    static List<float[]> clustered(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int topics = Math.max(1, n / 20);
        float[][] centres = new float[topics][DIMENSIONS];
        for (float[] c : centres) {
            for (int d = 0; d < DIMENSIONS; d++) {
                c[d] = (float) random.nextGaussian();
            }
        }
        List<float[]> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            float[] c = centres[random.nextInt(topics)];
            float[] v = new float[DIMENSIONS];
            for (int d = 0; d < DIMENSIONS; d++) {
                v[d] = c[d] + 0.8f * (float) random.nextGaussian();
            }
            out.add(v);
        }
        return out;
    }

    @Benchmark
    public List<int[]> candidatePairs() {
        return CandidatePairs.of(input);
    }
}
