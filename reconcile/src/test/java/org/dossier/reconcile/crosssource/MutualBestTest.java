package org.dossier.reconcile.crosssource;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MutualBestTest {

    @Test
    void aPairIsMutualWhenItIsTheBestOfBothItemsInTheOtherSourceTheFirstOnATie() {
        List<String> sources = List.of("s1", "s2", "s2", "s3");
        List<int[]> pairs = List.of(new int[] {0, 1}, new int[] {0, 2}, new int[] {1, 3}, new int[] {2, 3}, new int[] {0, 3});
        double[] scores = {2.0, 3.0, 1.0, 1.0, 9.0};
        boolean[] counted = {true, true, true, true, false};

        MutualBest best = MutualBest.of(pairs, scores, counted, sources);

        // 0's best in s2 is {0, 2}; 3's best in s2 is {1, 3} (a tie with {2, 3}, which comes later); {0, 3} is not counted
        assertThat(IntStream.range(0, pairs.size()).filter(best::mutual).boxed().toList()).containsExactly(1, 2);
    }
}
