package org.dossier.annotate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** CoreNLP's three name models over given tokens (each loads in about a second). */
class CoreNlpNameTaggerIT {

    private static List<String> words(String s) {
        return List.of(s.split(" "));
    }

    @Test
    void eachModelTagsTheGivenTokensSentenceBySentenceInConllClasses() {
        List<List<String>> sentences = List.of(words("Shigeru Ishiba visited Washington on Friday ."), List.of(),
                words("( Reuters ) Toyota said sales rose 5 % ."));
        for (CoreNlpNameTagger tagger : List.of(new CoreNlpNameTagger(), CoreNlpNameTagger.threeClass(),
                CoreNlpNameTagger.mucSevenClass())) {
            List<List<String>> classes = tagger.tag(sentences);
            assertThat(classes).hasSize(3);
            assertThat(classes.get(0)).containsExactly("PER", "PER", "O", "LOC", "O", "O", "O");
            assertThat(classes.get(1)).isEmpty();
            assertThat(classes.get(2)).hasSize(10).containsOnly("O", "ORG");
            assertThat(classes.get(2).get(3)).isEqualTo("ORG");
        }
    }

    @Test
    void theMucModelsDatesAndPercentagesAreNotNames() {
        List<List<String>> classes = CoreNlpNameTagger.mucSevenClass().tag(List.of(words("Sales rose 5 % on Friday .")));
        assertThat(classes.get(0)).containsOnly("O");
    }
}
