package org.dossier.reconcile.crosssource;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CandidatePairsTest {

    @Test
    void smallListsGiveEveryPairInOrder() {
        List<float[]> vectors = List.of(new float[] {1, 0}, new float[] {0, 1}, new float[] {1, 1});
        assertThat(CandidatePairs.of(vectors)).containsExactly(new int[] {0, 1}, new int[] {0, 2}, new int[] {1, 2});
    }

    @Test
    void pairsAreOnlyFormedInsideAGroup() {
        List<float[]> vectors = List.of(new float[] {1, 0}, new float[] {1, 0}, new float[] {1, 0}, new float[] {1, 0});
        assertThat(CandidatePairs.within(vectors, List.of("a", "b", "a", "b")))
                .containsExactly(new int[] {0, 2}, new int[] {1, 3});
    }

    @Test
    void largeListsKeepEveryNearDuplicateAndFarFewerPairsThanAll() {
        Random random = new Random(3);
        int n = 4000;
        List<float[]> vectors = new ArrayList<>();
        for (int i = 0; i < n / 2; i++) {
            float[] v = randomVector(random, 64);
            float[] twin = v.clone();
            for (int d = 0; d < twin.length; d++) {
                twin[d] += (float) (0.2 * random.nextGaussian() / Math.sqrt(twin.length));
            }
            vectors.add(v);
            vectors.add(twin);
        }
        List<int[]> pairs = CandidatePairs.of(vectors);
        Set<Long> keys = new HashSet<>();
        pairs.forEach(p -> keys.add((long) p[0] * n + p[1]));
        for (int i = 0; i < n; i += 2) {
            assertThat(keys).as("pair %d-%d", i, i + 1).contains((long) i * n + i + 1);
        }
        assertThat(pairs.size()).isLessThanOrEqualTo(n * CandidatePairs.NEIGHBOURS).isLessThan(n * (n - 1) / 2 / 10);
        assertThat(pairs).allSatisfy(p -> assertThat(p[0]).isLessThan(p[1]));
    }

    @Test
    void theSameVectorsGiveTheSamePairs() {
        Random random = new Random(5);
        List<float[]> vectors = new ArrayList<>();
        for (int i = 0; i < CandidatePairs.ALL_PAIRS_LIMIT + 300; i++) {
            vectors.add(randomVector(random, 32));
        }
        assertThat(CandidatePairs.of(vectors)).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyElementsOf(CandidatePairs.of(vectors));
    }

    private static float[] randomVector(Random random, int dims) {
        float[] v = new float[dims];
        for (int d = 0; d < dims; d++) {
            v[d] = (float) random.nextGaussian();
        }
        return v;
    }
}
