package org.dossier.reconcile.crosssource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BagOfWordsEmbedderTest {

    private final BagOfWordsEmbedder embedder = new BagOfWordsEmbedder();

    @Test
    void sentencesSharingContentWordsAreCloserThanUnrelatedOnes() {
        float[][] v = embedder.embed(List.of("Japan will import more natural gas.", "Imports of natural gas to Japan grew.",
                "The match ended in a draw."));
        assertThat(SimilarityIndex.cosine(v[0], v[1])).isGreaterThan(SimilarityIndex.cosine(v[0], v[2]) + 0.3);
        assertThat(SimilarityIndex.cosine(v[0], v[0])).isCloseTo(1.0, within(1e-6));
    }

    @Test
    void allVectorsHaveTheSameLengthAndEmptyTextGivesZeros() {
        float[][] v = embedder.embed(List.of("one sentence here", "", "the of and"));
        assertThat(v[0].length).isEqualTo(v[1].length).isEqualTo(v[2].length);
        assertThat(SimilarityIndex.cosine(v[0], v[1])).isZero();
    }

    @Test
    void stemsCommonEndings() {
        assertThat(BagOfWordsEmbedder.words("Imports importing imported")).containsExactly("import", "import", "import");
    }
}
