package org.dossier.reconcile.crosssource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SimilarityIndexTest {

    @Test
    void inverseNormalGivesTheKnownQuantiles() {
        assertThat(SimilarityIndex.inverseNormal(0.5)).isCloseTo(0.0, within(1e-9));
        assertThat(SimilarityIndex.inverseNormal(0.95)).isCloseTo(1.6449, within(1e-4));
        assertThat(SimilarityIndex.inverseNormal(0.01)).isCloseTo(-2.3263, within(1e-4));
    }

    @Test
    void theCosineFromStoredNormsIsTheSameNumberAsTheCosine() {
        java.util.Random random = new java.util.Random(3);
        for (int round = 0; round < 1000; round++) {
            int dims = 1 + random.nextInt(40);
            float[] a = new float[dims];
            float[] b = new float[dims];
            for (int d = 0; d < dims; d++) {
                a[d] = (float) random.nextGaussian();
                b[d] = random.nextInt(5) == 0 ? 0 : (float) random.nextGaussian();
            }
            double stored = SimilarityIndex.cosine(a, SimilarityIndex.squaredNorm(a), b, SimilarityIndex.squaredNorm(b));
            org.assertj.core.api.Assertions.assertThat(stored).isEqualTo(SimilarityIndex.cosine(a, b));
        }
    }
}
