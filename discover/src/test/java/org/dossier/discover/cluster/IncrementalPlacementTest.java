package org.dossier.discover.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IncrementalPlacementTest {

    @Test
    void withoutFixedGroupsTheFreshClusteringStands() {
        assertThat(IncrementalPlacement.place(new int[] {0, 0, 2, 2, 4}, new int[] {-1, -1, -1, -1, -1}))
                .containsExactly(0, 0, 2, 2, 4);
    }

    @Test
    void newItemsJoinTheFixedGroupAtHomeInTheirCluster() {
        // group 7 holds three items of fresh cluster 0 and one of cluster 3: its home is cluster 0
        int[] fresh = {0, 0, 0, 3, 0, 0, 3, 3};
        int[] fixed = {7, 7, 7, 7, -1, -1, -1, -1};

        assertThat(IncrementalPlacement.place(fresh, fixed)).as("cluster 3's new items are a new group; item 3 stays")
                .containsExactly(0, 0, 0, 0, 0, 0, 6, 6);
    }

    @Test
    void ofTwoFixedGroupsAtHomeInOneClusterTheLargerTakesTheNewItems() {
        assertThat(IncrementalPlacement.place(new int[] {9, 9, 9, 9}, new int[] {1, 2, 2, -1})).containsExactly(0, 1, 1, 1);
        assertThat(IncrementalPlacement.place(new int[] {9, 9, 9}, new int[] {2, 1, -1})).as("a tie goes to the lowest item")
                .containsExactly(0, 1, 0);
    }

    @Test
    void fixedGroupsNeverMergeOrSplit() {
        int[] fresh = {0, 0, 0, 0};   // the fresh clustering puts everything together
        int[] fixed = {4, 5, 4, 5};

        assertThat(IncrementalPlacement.place(fresh, fixed)).containsExactly(0, 1, 0, 1);
    }

    @Test
    void lengthsMustAgree() {
        assertThatThrownBy(() -> IncrementalPlacement.place(new int[] {0, 1}, new int[] {-1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("fresh and fixedGroup differ in length: 2 and 1");
    }
}
