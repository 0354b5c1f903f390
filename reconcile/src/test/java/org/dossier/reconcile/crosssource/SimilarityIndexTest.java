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
}
