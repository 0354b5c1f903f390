package org.dossier.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.annotate.corenlp.CoreNlpNameTagger;
import org.dossier.annotate.names.NameClassRefiner;
import org.junit.jupiter.api.Test;

/** The standard NameClassRefiner model over BGE word vectors and CoreNLP's two other name models (a few seconds). */
class NameClassRefinerIT {

    private static final NameClassRefiner REFINER = NameClassRefiner.standard(new BgeWordVectors(),
            CoreNlpNameTagger.threeClass(), CoreNlpNameTagger.mucSevenClass());

    private static List<String> words(String s) {
        return List.of(s.split(" "));
    }

    @Test
    void aTownTaggedAsAnOrganizationOrAPersonInTheBodyIsReadAsAPlace() {
        List<List<String>> sentences = List.of(
                words("Three killed in stabbing attack in Reading , England"),
                words("The attack took place in Forbury Gardens in Reading , Berkshire , on Saturday evening ."));
        List<List<String>> classes = List.of(
                words("O O O O O O LOC O LOC"),
                words("O O O O O LOC LOC O ORG O PER O O O O O"));
        assertThat(REFINER.apply(sentences, classes)).containsExactly(
                words("O O O O O O LOC O LOC"),
                words("O O O O O LOC LOC O LOC O LOC O O O O O"));
    }

    @Test
    void namesTheTaggerGotRightKeepTheirClass() {
        List<List<String>> sentences = List.of(
                words("Police charge man over Reading attack"),
                words("Thames Valley Police charged Khairi Saadallah , 25 , on Saturday , the BBC reported ."));
        List<List<String>> classes = List.of(
                words("O O O O LOC O"),
                words("ORG ORG ORG O PER PER O O O O O O O ORG O O"));
        assertThat(REFINER.apply(sentences, classes)).containsExactly(classes.get(0), classes.get(1));
    }
}
