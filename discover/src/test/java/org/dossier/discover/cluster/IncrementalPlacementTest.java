package org.dossier.discover.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.dossier.discover.cluster.IncrementalPlacement.Placement;
import org.junit.jupiter.api.Test;

class IncrementalPlacementTest {

    @Test
    void withoutFixedGroupsTheFreshClusteringStands() {
        Placement p = IncrementalPlacement.place(new int[] {0, 0, 2, 2, 4}, new int[] {-1, -1, -1, -1, -1});

        assertThat(p.group()).containsExactly(0, 0, 2, 2, 4);
        assertThat(p.moved()).containsOnly(false);
    }

    @Test
    void newItemsJoinTheFixedGroupAtHomeInTheirCluster() {
        // group 7 has all its items in fresh cluster 0, its home; cluster 3 holds new items only
        int[] fresh = {0, 0, 0, 0, 3, 3};
        int[] fixed = {7, 7, 7, -1, -1, -1};

        assertThat(IncrementalPlacement.place(fresh, fixed).group()).containsExactly(0, 0, 0, 0, 4, 4);
    }

    @Test
    void aMinorityPartMovesToTheNewItemsOfItsCluster() {
        // group 7: three items in fresh cluster 0 (its home), one in cluster 3, where new items 6 and 7 are
        int[] fresh = {0, 0, 0, 3, 0, 0, 3, 3};
        int[] fixed = {7, 7, 7, 7, -1, -1, -1, -1};

        Placement p = IncrementalPlacement.place(fresh, fixed);

        assertThat(p.group()).as("item 3 leaves group 7 for a new group with items 6 and 7").containsExactly(0, 0, 0, 3, 0, 0, 3, 3);
        assertThat(p.moved()).containsExactly(false, false, false, true, false, false, false, false);
        assertThat(p.movedCount()).isEqualTo(1);
    }

    @Test
    void aMinorityPartMovesToTheFixedGroupAtHomeInItsCluster() {
        // group 5: items 0-2 in cluster 0, item 3 in cluster 1; group 6: items 4 and 5 in cluster 1; item 6 is new
        int[] fresh = {0, 0, 0, 1, 1, 1, 1};
        int[] fixed = {5, 5, 5, 5, 6, 6, -1};

        Placement p = IncrementalPlacement.place(fresh, fixed);

        assertThat(p.group()).containsExactly(0, 0, 0, 3, 3, 3, 3);
        assertThat(p.moved()).containsExactly(false, false, false, true, false, false, false);
    }

    @Test
    void anItemTheFreshClusteringLeavesAloneBecomesAGroupOfOne() {
        Placement p = IncrementalPlacement.place(new int[] {0, 0, 0, 5}, new int[] {3, 3, 3, 3});

        assertThat(p.group()).containsExactly(0, 0, 0, 3);
        assertThat(p.moved()).containsExactly(false, false, false, true);
    }

    @Test
    void aGroupSplitEvenlyStaysWhereItsLowestItemIs() {
        // group 1 has two items in cluster 8 and two in cluster 4: the tie goes to the cluster of its lowest item (8)
        Placement p = IncrementalPlacement.place(new int[] {8, 4, 8, 4}, new int[] {1, 1, 1, 1});

        assertThat(p.group()).containsExactly(0, 1, 0, 1);
        assertThat(p.moved()).containsExactly(false, true, false, true);
    }

    @Test
    void fixedGroupsAtHomeInOneClusterNeverMerge() {
        int[] fresh = {0, 0, 0, 0};   // the fresh clustering puts everything together
        int[] fixed = {4, 5, 4, 5};

        Placement p = IncrementalPlacement.place(fresh, fixed);

        assertThat(p.group()).containsExactly(0, 1, 0, 1);
        assertThat(p.moved()).containsOnly(false);
    }

    @Test
    void ofTwoFixedGroupsAtHomeInOneClusterTheLargerTakesTheNewItemsAndTheMovers() {
        // groups 1 (item 0) and 2 (items 1, 2) are at home in cluster 9; item 4 of group 3 (home: cluster 6) is there too
        Placement p = IncrementalPlacement.place(new int[] {9, 9, 9, 9, 9, 6, 6}, new int[] {1, 2, 2, -1, 3, 3, 3});

        assertThat(p.group()).containsExactly(0, 1, 1, 1, 1, 5, 5);
        assertThat(p.moved()).containsExactly(false, false, false, false, true, false, false);
        assertThat(IncrementalPlacement.place(new int[] {9, 9, 9}, new int[] {2, 1, -1}).group()).as("a tie goes to the lowest item")
                .containsExactly(0, 1, 0);
    }

    @Test
    void noFixedGroupIsEverLostOrMergedWithAnother() {
        Random random = new Random(42);
        for (int round = 0; round < 500; round++) {
            int n = 1 + random.nextInt(30);
            int[] fresh = new int[n];
            int[] fixed = new int[n];
            for (int i = 0; i < n; i++) {
                fresh[i] = random.nextInt(1 + n / 3);
                fixed[i] = random.nextInt(3) == 0 ? -1 : random.nextInt(1 + n / 4);
            }
            Placement p = IncrementalPlacement.place(fresh, fixed);

            Map<Integer, Integer> keptIn = new HashMap<>();   // fixed group -> the group of its items that did not move
            Set<Integer> fixedGroups = new HashSet<>();
            for (int i = 0; i < n; i++) {
                assertThat(p.moved()[i] && fixed[i] < 0).as("new items never count as moved").isFalse();
                if (fixed[i] >= 0) {
                    fixedGroups.add(fixed[i]);
                }
                if (fixed[i] >= 0 && !p.moved()[i]) {
                    Integer before = keptIn.put(fixed[i], p.group()[i]);
                    assertThat(before).as("a fixed group is kept in one group").isIn(null, p.group()[i]);
                }
            }
            assertThat(keptIn.keySet()).as("every fixed group keeps an item").isEqualTo(fixedGroups);
            for (int i = 0; i < n; i++) {
                if (p.moved()[i]) {
                    assertThat(p.group()[i]).as("a moved item left its fixed group").isNotEqualTo(keptIn.get(fixed[i]));
                }
            }
            assertThat(new HashSet<>(keptIn.values())).as("no two fixed groups share a group").hasSize(keptIn.size());
        }
    }

    @Test
    void lengthsMustAgree() {
        assertThatThrownBy(() -> IncrementalPlacement.place(new int[] {0, 1}, new int[] {-1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("fresh and fixedGroup differ in length: 2 and 1");
    }
}
