package org.dossier.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventClassifierTest {

    private static final EventClassifier CLASSIFIER = new EventClassifier(EventLexicon.standard());

    /** Words from "word/TAG" pairs, with lemmas for the verbs given as "word/TAG/lemma". */
    private static List<Word> tagged(String sentence) {
        List<Word> out = new ArrayList<>();
        int at = 0;
        for (String item : sentence.split(" ")) {
            String[] p = item.split("/");
            out.add(new Word(at, at + p[0].length(), p[0], p[0].toLowerCase(), p[1], p.length > 2 ? p[2] : p[0].toLowerCase(), null));
            at += p[0].length() + 1;
        }
        return out;
    }

    @Test
    void anInfinitiveCompletingANounReportsNoDeed() {
        var c = CLASSIFIER.classify(tagged("It/PRP limits/VBZ/limit its/PRP$ ability/NN to/TO strengthen/VB/strengthen defenses/NNS ./."),
                List.of());

        assertThat(c.predicate()).isFalse();
    }

    @Test
    void anOrdinalMakesTheInfinitiveARelativeClauseThatReportsTheDeed() {
        var c = CLASSIFIER.classify(tagged("Ishiba/NNP became/VBD/become the/DT second/JJ leader/NN to/TO meet/VB/meet Trump/NNP ./."),
                List.of());

        assertThat(c.category()).isEqualTo(PloverCategory.CONSULT);
        assertThat(c.predicate()).isTrue();
    }

    @Test
    void aGerundOfMeansIsAPredicate() {
        var c = CLASSIFIER.classify(tagged("He/PRP answered/VBD/answer by/IN pledging/VBG/pledge more/JJR investment/NN ./."),
                List.of());

        assertThat(c.category()).isEqualTo(PloverCategory.AGREE);
        assertThat(c.predicate()).isTrue();
    }

    @Test
    void beingSetToMeetIsExpectedAndKeepsTheDeed() {
        var c = CLASSIFIER.classify(tagged("Ishiba/NNP is/VBZ/be set/VBN/set to/TO meet/VB/meet Trump/NNP ./."), List.of());

        assertThat(c.category()).isEqualTo(PloverCategory.AGREE);
        assertThat(c.deed()).isEqualTo(PloverCategory.CONSULT);
        assertThat(c.certainty()).isEqualTo(org.dossier.model.fact.Certainty.EXPECTED);
    }
}
