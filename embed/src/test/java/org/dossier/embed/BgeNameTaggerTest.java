package org.dossier.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.embed.BgeNameTagger.WordShape;
import org.junit.jupiter.api.Test;

/** What the name model reads besides word pieces, and how its tags are read. No model needed. */
class BgeNameTaggerTest {

    @Test
    void aWordsShapeIsTheCaseOfItsLetters() {
        assertThat(WordShape.of("minister")).isEqualTo(WordShape.LOWER);
        assertThat(WordShape.of("Tokyo")).isEqualTo(WordShape.CAPITALISED);
        assertThat(WordShape.of("McDonald")).isEqualTo(WordShape.CAPITALISED);
        assertThat(WordShape.of("I")).isEqualTo(WordShape.CAPITALISED);
        assertThat(WordShape.of("NATO")).isEqualTo(WordShape.CAPITALS);
        assertThat(WordShape.of("eBay")).isEqualTo(WordShape.MIXED);
        assertThat(WordShape.of("'Neill")).isEqualTo(WordShape.CAPITALISED);
        assertThat(WordShape.of("1996")).isEqualTo(WordShape.DIGITS);
        assertThat(WordShape.of("(")).isEqualTo(WordShape.OTHER);
    }

    @Test
    void theShapesKeepTheOrderTheModelWasTrainedWith() {
        assertThat(WordShape.values()).containsExactly(WordShape.LOWER, WordShape.DIGITS, WordShape.OTHER,
                WordShape.CAPITALS, WordShape.CAPITALISED, WordShape.MIXED);
    }

    @Test
    void anInsideTagWithoutItsNameBeforeItOpensAName() {
        assertThat(BgeNameTagger.repaired(List.of("I-PER", "I-PER", "O", "I-LOC", "B-ORG", "I-MISC")))
                .containsExactly("B-PER", "I-PER", "O", "B-LOC", "B-ORG", "B-MISC");
    }
}
