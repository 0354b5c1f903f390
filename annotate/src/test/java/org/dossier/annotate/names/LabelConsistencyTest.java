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
    void twoNamesJoinedByAndAreTwoNamesWhenTheDocumentTagsEachAlone() {
        List<List<String>> sentences = List.of(words("Mercantile and Commerce merge"), words("Mercantile rose"),
                words("Commerce fell"));
        List<List<String>> classes = List.of(words("ORG ORG ORG O"), words("ORG O"), words("ORG O"));
        assertThat(consistency.apply(sentences, classes)).containsExactly(words("ORG O ORG O"), words("ORG O"),
                words("ORG O"));
    }

    @Test
    void aNameWithAndStaysOneNameWhenAPartNeverStandsAlone() {
        List<List<String>> sentences = List.of(words("Marks and Spencer sells"), words("Marks rose"));
        List<List<String>> classes = List.of(words("ORG ORG ORG O"), words("PER O"));
        assertThat(consistency.apply(sentences, classes)).containsExactly(words("ORG ORG ORG O"), words("PER O"));
    }

    @Test
    void aPlaceBasedAdjectiveOpeningANameIsAMiscellaneousNameBeforeIt() {
        List<List<String>> sentences = List.of(words("the St. Louis-based Mercantile Bancorp said"));
        List<List<String>> classes = List.of(words("O ORG ORG ORG ORG O"));
        assertThat(consistency.apply(sentences, classes)).containsExactly(words("O MISC MISC ORG ORG O"));
    }

    @Test
    void aNameEndingInBasedOrAlreadyMiscellaneousIsLeftAlone() {
        List<List<String>> sentences = List.of(words("Reuters-based and Boston-based Reagan Communications"));
        List<List<String>> classes = List.of(words("ORG O MISC MISC MISC"));
        assertThat(consistency.apply(sentences, classes)).containsExactly(words("ORG O MISC MISC MISC"));
    }

    @Test
    void aPlaceBasedAdjectiveAloneIsAMiscellaneousName() {
        List<List<String>> sentences = List.of(words("a London-based spokesman and oil-based paint"),
                words("Tripoli-based diplomats met"), words("Water-based paint dries"), words("Tripoli said"));
        List<List<String>> classes = List.of(words("O O O O O O"), words("O O O"), words("O O O"), words("LOC O"));
        assertThat(consistency.apply(sentences, classes)).containsExactly(words("O MISC O O O O"), words("MISC O O"),
                words("O O O"), words("LOC O"));
    }

    @Test
    void bothSidesOfAResultsLineAreTeamsWhenTheTaggerReadsOneSideAsATeam() {
        List<List<String>> sentences = List.of(words("Sale 31 Wasps 33"), words("London Irish 27 Bristol 28"),
                words("Chapter 11 Section 7"), words("Ian Botham 4 England 2"));
        List<List<String>> classes = List.of(words("O O ORG O"), words("LOC MISC O ORG O"), words("O O O O"),
                words("PER PER O LOC O"));
        assertThat(consistency.apply(sentences, classes)).containsExactly(words("ORG O ORG O"),
                words("ORG ORG O ORG O"), words("O O O O"), words("PER PER O LOC O"));
    }

    @Test
    void theNamesOfADatelineArePlaces() {
        List<List<String>> sentences = List.of(words("NEW YORK 1996-08-30"), words("AKRON , Ohio 1996-08-22"),
                words("Shares of IBM 1996-08-22"));
        List<List<String>> classes = List.of(words("ORG ORG O"), words("ORG O LOC O"), words("O O ORG O"));
        assertThat(consistency.apply(sentences, classes)).containsExactly(words("LOC LOC O"), words("LOC O LOC O"),
                words("O O ORG O"));
    }

    @Test
    void aQuotedNicknameBetweenAPersonsNamesIsPartOfTheName() {
        List<List<String>> sentences = List.of(words("legend Roberto \" Hands of Stone \" Duran climbs"),
                words("Smith \" always \" Jones"));
        List<List<String>> classes = List.of(words("O PER O O O ORG O PER O"), words("PER O O O PER"));
        assertThat(consistency.apply(sentences, classes)).containsExactly(words("O PER PER PER PER PER PER PER O"),
                words("PER O O O PER"));
    }

    @Test
    void aPersonsNameTakesTheRegnalNumberAfterIt() {
        List<List<String>> sentences = List.of(words("Queen Elizabeth I was born"), words("SAMPRAS V AGASSI"));
        List<List<String>> classes = List.of(words("O PER O O O"), words("PER O PER"));
        assertThat(consistency.apply(sentences, classes)).containsExactly(words("O PER PER O O"), words("PER O PER"));
    }

    @Test
    void anEmptyDocumentStaysEmpty() {
        assertThat(consistency.apply(List.of(), List.of())).isEmpty();
    }
}
