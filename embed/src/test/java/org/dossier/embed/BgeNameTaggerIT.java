package org.dossier.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names from the fine-tuned BGE model itself. Needs the ONNX model (a few seconds). */
class BgeNameTaggerIT {

    private static final BgeNameTagger TAGGER = new BgeNameTagger(2);

    private static List<String> words(String s) {
        return List.of(s.split(" "));
    }

    @Test
    void tagsAPersonAPlaceAndAnOrganisation() {
        List<String> sentence = words("Shigeru Ishiba flew to Washington on Friday to meet officials of the World Bank .");
        assertThat(TAGGER.iobTags(sentence)).containsExactly("B-PER", "I-PER", "O", "O", "B-LOC", "O", "O", "O", "O",
                "O", "O", "O", "B-ORG", "I-ORG", "O");
    }

    @Test
    void readsCaseThatTheLowerCasedWordPiecesLose() {
        assertThat(TAGGER.iobTags(words("Apple shares rose .")).get(0)).isEqualTo("B-ORG");
        assertThat(TAGGER.iobTags(words("He ate an apple .")).get(3)).isEqualTo("O");
    }

    @Test
    void givesEachSentenceOneClassPerWord() {
        List<List<String>> classes = TAGGER.tag(List.of(words("Ishiba met Trump ."), List.of(), words("Tokyo")));
        assertThat(classes).hasSize(3);
        assertThat(classes.get(0)).containsExactly("PER", "O", "PER", "O");
        assertThat(classes.get(1)).isEmpty();
        assertThat(classes.get(2)).containsExactly("LOC");
    }

    @Test
    void sentencesReadTogetherReadAsEachAlone() {
        List<List<String>> document = List.of(words("Ishiba met Trump ."),
                words("Tokyo and Washington agreed on tariffs with the European Union on Friday ."), List.of(),
                words("NATO"));
        List<BgeNameTagger.Reading> together = TAGGER.read(document);
        assertThat(together).hasSize(4);
        for (int s = 0; s < document.size(); s++) {
            BgeNameTagger.Reading alone = TAGGER.readSentence(document.get(s));
            assertThat(together.get(s).tags()).isEqualTo(alone.tags());
            for (int w = 0; w < alone.probabilities().size(); w++) {
                assertThat(together.get(s).probabilities().get(w))
                        .containsExactly(alone.probabilities().get(w), org.assertj.core.data.Offset.offset(1e-4));
            }
        }
    }

    @Test
    void readsASentenceLongerThanItsInputInPartsOfWholeWords() {
        List<String> sentence = Collections.nCopies(300, "negotiations");
        assertThat(TAGGER.iobTags(sentence)).hasSize(300).containsOnly("O");
    }

    @Test
    void aWordOfCharactersTheTokenizerDropsIsNoName() {
        assertThat(TAGGER.iobTags(words("Ishiba \u200b spoke"))).hasSize(3).element(1).isEqualTo("O");
    }
}
