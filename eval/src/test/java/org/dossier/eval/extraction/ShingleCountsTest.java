package org.dossier.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ShingleCountsTest {

    @Test
    void tokensAreRunsOfWordCharactersWithCaseKept() {
        assertThat(ShingleCounts.tokens("It’s a U.S.-made snake_case 3½ café, 東京!"))
                .containsExactly("It", "s", "a", "U", "S", "made", "snake_case", "3½", "café", "東京");
    }

    @Test
    void shinglesAreOverlappingFourGramsCountedAsAMultiset() {
        assertThat(ShingleCounts.shingles("a b c d a b c d"))
                .isEqualTo(Map.of("a b c d", 2, "b c d a", 1, "c d a b", 1, "d a b c", 1));
    }

    @Test
    void shortTextIsOneShingleAndEmptyTextNone() {
        assertThat(ShingleCounts.shingles("just two")).isEqualTo(Map.of("just two", 1));
        assertThat(ShingleCounts.shingles(" ... ")).isEmpty();
        assertThat(ShingleCounts.shingles(null)).isEmpty();
    }
}
