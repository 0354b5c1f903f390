package org.dossier.annotate.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameShapeRulesTest {

    private final NameShapeRules rules = new NameShapeRules();

    private static List<String> words(String s) {
        return List.of(s.split(" "));
    }

    @Test
    void twoNamesJoinedByAndAreTwoNamesWhenTheDocumentTagsEachAlone() {
        List<List<String>> sentences = List.of(words("Banc One and First Chicago merge"), words("Banc One rose"),
                words("First Chicago fell"));
        List<List<String>> classes = List.of(words("ORG ORG ORG ORG ORG O"), words("ORG ORG O"), words("ORG ORG O"));
        assertThat(rules.apply(sentences, classes)).containsExactly(words("ORG ORG O ORG ORG O"), words("ORG ORG O"),
                words("ORG ORG O"));
    }

    @Test
    void aNameWithAndStaysOneNameWhenAPartNeverStandsAlone() {
        List<List<String>> sentences = List.of(words("Marks and Spencer sells"), words("Marks rose"));
        List<List<String>> classes = List.of(words("ORG ORG ORG O"), words("PER O"));
        assertThat(rules.apply(sentences, classes)).containsExactly(words("ORG ORG ORG O"), words("PER O"));
    }

    @Test
    void aPlaceBasedAdjectiveOpeningANameIsAMiscellaneousNameBeforeIt() {
        List<List<String>> sentences = List.of(words("the St. Louis-based Mercantile Bancorp said"));
        List<List<String>> classes = List.of(words("O ORG ORG ORG ORG O"));
        assertThat(rules.apply(sentences, classes)).containsExactly(words("O MISC MISC ORG ORG O"));
    }

    @Test
    void aNameEndingInBasedOrAlreadyMiscellaneousIsLeftAlone() {
        List<List<String>> sentences = List.of(words("Reuters-based and Boston-based Reagan Communications"));
        List<List<String>> classes = List.of(words("ORG O MISC MISC MISC"));
        assertThat(rules.apply(sentences, classes)).containsExactly(words("ORG O MISC MISC MISC"));
    }

    @Test
    void aPlaceBasedAdjectiveAloneIsAMiscellaneousName() {
        List<List<String>> sentences = List.of(words("a London-based spokesman and oil-based paint"),
                words("Tripoli-based diplomats met"), words("Water-based paint dries"), words("Tripoli said"));
        List<List<String>> classes = List.of(words("O O O O O O"), words("O O O"), words("O O O"), words("LOC O"));
        assertThat(rules.apply(sentences, classes)).containsExactly(words("O MISC O O O O"), words("MISC O O"),
                words("O O O"), words("LOC O"));
    }

    @Test
    void bothSidesOfAResultsLineAreTeamsWhenTheTaggerReadsOneSideAsATeam() {
        List<List<String>> sentences = List.of(words("Sale 31 Wasps 33"), words("London Irish 27 Bristol 28"),
                words("Chapter 11 Section 7"), words("Ian Botham 4 England 2"));
        List<List<String>> classes = List.of(words("O O ORG O"), words("LOC MISC O ORG O"), words("O O O O"),
                words("PER PER O LOC O"));
        assertThat(rules.apply(sentences, classes)).containsExactly(words("ORG O ORG O"),
                words("ORG ORG O ORG O"), words("O O O O"), words("PER PER O LOC O"));
    }

    @Test
    void theNamesOfADatelineArePlaces() {
        List<List<String>> sentences = List.of(words("NEW YORK 1996-08-30"), words("AKRON , Ohio 1996-08-22"),
                words("Shares of IBM 1996-08-22"));
        List<List<String>> classes = List.of(words("ORG ORG O"), words("ORG O LOC O"), words("O O ORG O"));
        assertThat(rules.apply(sentences, classes)).containsExactly(words("LOC LOC O"), words("LOC O LOC O"),
                words("O O ORG O"));
    }

    @Test
    void aQuotedNicknameBetweenAPersonsNamesIsPartOfTheName() {
        List<List<String>> sentences = List.of(words("legend Roberto \" Hands of Stone \" Duran climbs"),
                words("Smith \" always \" Jones"));
        List<List<String>> classes = List.of(words("O PER O O O ORG O PER O"), words("PER O O O PER"));
        assertThat(rules.apply(sentences, classes)).containsExactly(words("O PER PER PER PER PER PER PER O"),
                words("PER O O O PER"));
    }

    @Test
    void aPersonsNameTakesTheRegnalNumberAfterIt() {
        List<List<String>> sentences = List.of(words("Queen Elizabeth I was born"), words("SAMPRAS V AGASSI"));
        List<List<String>> classes = List.of(words("O PER O O O"), words("PER O PER"));
        assertThat(rules.apply(sentences, classes)).containsExactly(words("O PER PER O O"), words("PER O PER"));
    }

    @Test
    void lowerCaseParticlesBetweenAPersonsWordsArePartOfTheName() {
        List<List<String>> sentences = List.of(words("Crown Prince Mohammad bin Salman said"),
                words("Nikolaus van der Pas spoke"), words("Sharif and de Klerk met"), words("Smith de facto ruled"));
        List<List<String>> classes = List.of(words("O O PER O PER O"), words("PER O O PER O"),
                words("PER O O PER O"), words("PER O O O"));
        assertThat(rules.apply(sentences, classes)).containsExactly(words("O O PER PER PER O"),
                words("PER PER PER PER O"), words("PER O O PER O"), words("PER O O O"));
    }

    @Test
    void anUntaggedRowOfATableTakesTheClassOfTheOtherRows() {
        List<List<String>> sentences = List.of(words("Leeds 4 3 1 0 10"), words("Queen 's Park 3 1 1 1 4"),
                words("Arsenal 4 2 2 0 8"), words("Stoke 4 3 1 0 10"));
        List<List<String>> classes = List.of(words("ORG O O O O O"), words("O O ORG O O O O O"), words("ORG O O O O O"),
                words("O O O O O O"));
        assertThat(rules.apply(sentences, classes)).containsExactly(words("ORG O O O O O"),
                words("ORG ORG ORG O O O O O"), words("ORG O O O O O"), words("ORG O O O O O"));
    }

    @Test
    void aTableWhoseRowsDisagreeLeavesItsOtherRowsAlone() {
        List<List<String>> sentences = List.of(words("Leeds 4 3"), words("Total 8 6"), words("Smith 68 70"),
                words("Jones 70 71"), words("Sweden ) 1 2"));
        List<List<String>> classes = List.of(words("ORG O O"), words("O O O"), words("PER O O"), words("LOC O O"),
                words("O O O O"));
        assertThat(rules.apply(sentences, classes)).containsExactly(words("ORG O O"), words("O O O"), words("PER O O"),
                words("LOC O O"), words("O O O O"));
    }

    @Test
    void aRowThatIsNoNameStaysUntagged() {
        List<List<String>> sentences = List.of(words("Leeds 4 3"), words("Stoke 4 2"), words("Sweden ) 1 2"));
        List<List<String>> classes = List.of(words("ORG O O"), words("ORG O O"), words("O O O O"));
        assertThat(rules.apply(sentences, classes)).containsExactly(words("ORG O O"), words("ORG O O"),
                words("O O O O"));
    }

    @Test
    void anEmptyTokenIsNoName() {
        List<List<String>> sentences = List.of(List.of("", "1", "", "2"));
        List<List<String>> classes = List.of(words("ORG O O O"));
        assertThat(rules.apply(sentences, classes)).containsExactly(words("ORG O O O"));
    }
}
