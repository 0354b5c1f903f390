package org.dossier.discover.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AverageLinkClustererTest {

    @Test
    void mergesWhileTheMeanSimilarityOfAllCrossPairsReachesTheThreshold() {
        // 0-1 strongly similar; 2 similar to 1 only: mean of {0,1}x{2} is (0 + 0.6) / 2 = 0.3
        List<ScoredPair> pairs = List.of(new ScoredPair(0, 1, 0.9), new ScoredPair(1, 2, 0.6));

        assertThat(new AverageLinkClusterer(0.5).cluster(3, pairs)).containsExactly(0, 0, 2);
        assertThat(new AverageLinkClusterer(0.3).cluster(3, pairs)).containsExactly(0, 0, 0);
    }

    @Test
    void itemsWithoutPairsStayAlone() {
        assertThat(new AverageLinkClusterer(0.1).cluster(3, List.of())).containsExactly(0, 1, 2);
    }

    @Test
    void fixedGroupsTakeNewItemsButNeverMergeWithEachOther() {
        // items 0 and 1 are two existing events, very similar to each other; 2 is new and close to 1
        List<ScoredPair> pairs = List.of(new ScoredPair(0, 1, 0.95), new ScoredPair(1, 2, 0.8), new ScoredPair(0, 2, 0.1));

        assertThat(new AverageLinkClusterer(0.4).cluster(3, pairs, new int[] {0, 1, -1})).containsExactly(0, 1, 1);
        assertThat(new AverageLinkClusterer(0.4).cluster(3, pairs)).containsExactly(0, 0, 0);
    }

    @Test
    void aFixedGroupStartsWhole() {
        // 0 and 2 are one existing event; the new item 1 is close to both
        List<ScoredPair> pairs = List.of(new ScoredPair(0, 1, 0.5), new ScoredPair(1, 2, 0.5));

        assertThat(new AverageLinkClusterer(0.5).cluster(3, pairs, new int[] {7, -1, 7})).containsExactly(0, 0, 0);
    }

    @Test
    void clusterIntoMergesWhateverTheSimilarityUntilTheGroupsAreLeft() {
        // a chain 0-1-2-3 with its weakest link in the middle: the top of the tree splits there
        List<ScoredPair> pairs = List.of(new ScoredPair(0, 1, 0.9), new ScoredPair(1, 2, 0.05), new ScoredPair(2, 3, 0.8));

        assertThat(AverageLinkClusterer.clusterInto(4, pairs, 2)).containsExactly(0, 0, 2, 2);
        assertThat(AverageLinkClusterer.clusterInto(4, pairs, 1)).containsExactly(0, 0, 0, 0);
        assertThat(AverageLinkClusterer.clusterInto(4, List.of(), 2)).as("unlinked items are never merged")
                .containsExactly(0, 1, 2, 3);
    }
}
