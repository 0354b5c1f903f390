package org.dossier.discover.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LocalScaleTest {

    @Test
    void aDocumentsScaleIsItsSimilarityToItsKthNearestNeighbour() {
        List<ScoredPair> pairs = List.of(new ScoredPair(0, 1, 0.9), new ScoredPair(0, 2, 0.6), new ScoredPair(0, 3, 0.3),
                new ScoredPair(1, 2, 0.5));

        assertThat(LocalScale.of(5, pairs, 2, 0, 0)).containsExactly(0.6, 0.5, 0.5, 0.3, 0.0);
        assertThat(LocalScale.of(5, pairs, 1, 0, 0)).containsExactly(0.9, 0.9, 0.6, 0.3, 0.0);
    }

    @Test
    void aDocumentWithFewerNeighboursTakesItsFarthest() {
        assertThat(LocalScale.of(2, List.of(new ScoredPair(0, 1, 0.4)), 3, 0, 0)).containsExactly(0.4, 0.4);
    }

    @Test
    void neighboursPastAGapFromTheNearestDoNotSetTheScale() {
        // 0 and 1 are one event of two; 2 and 3 are a similar event, less than half as close
        List<ScoredPair> pairs = List.of(new ScoredPair(0, 1, 0.8), new ScoredPair(0, 2, 0.3), new ScoredPair(0, 3, 0.25));

        assertThat(LocalScale.of(4, pairs, 3, 0.5, 0)[0]).isEqualTo(0.8);
        assertThat(LocalScale.of(4, pairs, 3, 0.35, 0)[0]).isEqualTo(0.3);
        assertThat(LocalScale.of(4, pairs, 3, 0, 0)[0]).isEqualTo(0.25);
    }

    @Test
    void noScaleIsBelowTheFloor() {
        List<ScoredPair> pairs = List.of(new ScoredPair(0, 1, 0.05), new ScoredPair(0, 2, 0.04));

        assertThat(LocalScale.of(4, pairs, 2, 0, 0.1)).containsExactly(0.1, 0.1, 0.1, 0.1);
    }

    @Test
    void oneDocumentsSimilaritiesGiveTheSameScaleAsThePairs() {
        List<ScoredPair> pairs = List.of(new ScoredPair(0, 1, 0.8), new ScoredPair(0, 2, 0.3), new ScoredPair(0, 3, 0.25),
                new ScoredPair(0, 4, 0.5));

        assertThat(LocalScale.of(List.of(0.3, 0.8, 0.25, 0.5), 3, 0.35, 0.1)).isEqualTo(LocalScale.of(5, pairs, 3, 0.35, 0.1)[0])
                .isEqualTo(0.3);
        assertThat(LocalScale.of(List.<Double>of(), 3, 0.35, 0.1)).isEqualTo(0.1);
    }

    @Test
    void rescalingDividesByTheGeometricMeanOfTheTwoScales() {
        List<ScoredPair> scaled = LocalScale.rescale(List.of(new ScoredPair(0, 1, 0.2), new ScoredPair(1, 2, 0.3)),
                new double[] {0.1, 0.4, 0.0});

        assertThat(scaled.get(0).similarity()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(scaled.get(1).similarity()).isZero();
    }

    @Test
    void longArticlesOfOneStoryAndShortReportsOfOneHappeningMeetOneThreshold() {
        // 0-2: a story told at length (cosines about 0.15); 3-5: short reports of one happening (about 0.6); the two
        // groups share a little (0.05), and 6 is like 3-5 but another happening (0.3)
        List<ScoredPair> pairs = List.of(new ScoredPair(0, 1, 0.16), new ScoredPair(0, 2, 0.14), new ScoredPair(1, 2, 0.15),
                new ScoredPair(3, 4, 0.62), new ScoredPair(3, 5, 0.6), new ScoredPair(4, 5, 0.58), new ScoredPair(2, 3, 0.05),
                new ScoredPair(3, 6, 0.3), new ScoredPair(4, 6, 0.28), new ScoredPair(5, 6, 0.3));
        double[] scale = LocalScale.of(7, pairs, 2, 0, 0);

        int[] groups = new AverageLinkClusterer(0.75).cluster(7, LocalScale.rescale(pairs, scale));

        assertThat(groups).containsExactly(0, 0, 0, 3, 3, 3, 6);
        assertThat(new AverageLinkClusterer(0.3).cluster(7, pairs)).as("one absolute threshold cannot")
                .containsExactly(0, 1, 2, 3, 3, 3, 6);
    }
}
