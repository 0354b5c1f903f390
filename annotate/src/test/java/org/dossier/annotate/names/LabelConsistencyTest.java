package org.dossier.annotate.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelConsistencyTest {

    private final LabelConsistency consistency = new LabelConsistency();

    private static List<String> words(String s) {
        return List.of(s.split(" "));
    }

    @Test
    void aNameGetsTheClassItHasMostOftenInTheDocument() {
        List<List<String>> sentences = List.of(words("Airbus won"), words("Airbus lost"), words("Airbus said"));
        List<List<String>> classes = List.of(words("ORG O"), words("MISC O"), words("ORG O"));
        assertThat(consistency.apply(sentences, classes)).containsExactly(words("ORG O"), words("ORG O"), words("ORG O"));
    }

    @Test
    void aMissedOccurrenceOfATaggedNameIsTagged() {
        List<List<String>> sentences = List.of(words("Nippon Steel bids"), words("Shares of Nippon Steel rose"));
        List<List<String>> classes = List.of(words("ORG ORG O"), words("O O O O O"));
        assertThat(consistency.apply(sentences, classes)).containsExactly(words("ORG ORG O"), words("O O ORG ORG O"));
    }

    @Test
    void theSurnameOfANamedPersonAloneIsThatPerson() {
        List<List<String>> sentences = List.of(words("Steve Jobs spoke"), words("Jobs said"));
        List<List<String>> classes = List.of(words("PER PER O"), words("O O"));
        assertThat(consistency.apply(sentences, classes)).containsExactly(words("PER PER O"), words("PER O"));
    }

    @Test
    void anOccurrenceNextToAnotherNameOrInLowerCaseIsLeftAlone() {
        List<List<String>> sentences = List.of(words("Apple rose"), words("Tim Apple and apple pie"));
        List<List<String>> classes = List.of(words("ORG O"), words("PER O O O O"));
        assertThat(consistency.apply(sentences, classes)).containsExactly(words("ORG O"), words("PER O O O O"));
    }

    @Test
    void aNameWhoseClassesTieKeepsEachTagAndSpreadsNone() {
        List<List<String>> sentences = List.of(words("Sea-Eye said"), words("Sea-Eye ships"), words("Sea-Eye sailed"));
        List<List<String>> classes = List.of(words("ORG O"), words("MISC O"), words("O O"));
        assertThat(consistency.apply(sentences, classes)).containsExactly(words("ORG O"), words("MISC O"), words("O O"));
    }

    @Test
    void theShapeRulesComeFirstSoTwoNamesJoinedByAndAreTwoNames() {
        List<List<String>> sentences = List.of(words("Mercantile and Commerce merge"), words("Mercantile rose"),
                words("Commerce fell"));
        List<List<String>> classes = List.of(words("ORG ORG ORG O"), words("ORG O"), words("ORG O"));
        assertThat(consistency.apply(sentences, classes)).containsExactly(words("ORG O ORG O"), words("ORG O"),
                words("ORG O"));
    }

    @Test
    void anEmptyDocumentStaysEmpty() {
        assertThat(consistency.apply(List.of(), List.of())).isEmpty();
    }
}
