package org.dossier.reconcile.crosssource;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CandidatePairsBenchmarkTest {

    @Test
    void aThousandVectorsAreReadAsAllPairsAndMoreThroughNeighbours() {
        CandidatePairsBenchmark b = new CandidatePairsBenchmark();
        b.vectors = 1000;
        b.vectors();
        assertThat(b.candidatePairs()).hasSize(1000 * 999 / 2);
        b.vectors = 3000;
        b.vectors();
        assertThat(b.candidatePairs().size()).isBetween(3000 * CandidatePairs.NEIGHBOURS / 2, 3000 * CandidatePairs.NEIGHBOURS);
    }
}
