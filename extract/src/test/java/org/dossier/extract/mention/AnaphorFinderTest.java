package org.dossier.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.extract.TaggedText;
import org.dossier.model.Evidence;
import org.dossier.model.fact.Anaphor;
import org.dossier.model.fact.Gender;
import org.dossier.model.nlp.AnnotatedDocument;
import org.junit.jupiter.api.Test;

class AnaphorFinderTest {

    private static List<Anaphor> anaphors(String tagged) {
        AnnotatedDocument doc = TaggedText.parse(tagged);
        return new AnaphorFinder().find(doc, new MentionExtractor().extract(doc));
    }

    private static List<String> texts(List<Evidence> evidence) {
        return evidence.stream().map(Evidence::text).toList();
    }

    @Test
    void aDescriptionListsThePeopleOfTheDocumentHoldingItsTitle() {
        List<Anaphor> a = anaphors("Prime/NNP/TITLE Minister/NNP/TITLE Ishiba/NNP/PERSON met/VBD President/NNP/TITLE "
                + "Trump/NNP/PERSON ./. The/DT prime/NN/TITLE minister/NN/TITLE smiled/VBD ./.");

        assertThat(a).hasSize(1);
        assertThat(a.get(0).evidence().text()).isEqualTo("The prime minister");
        assertThat(a.get(0).title()).isEqualTo("prime minister");
        assertThat(a.get(0).qualified()).isFalse();
        assertThat(texts(a.get(0).candidates())).containsExactly("Ishiba");
    }

    @Test
    void theFormerPresidentListsOnlyFormerPresidents() {
        List<Anaphor> a = anaphors("Former/JJ President/NNP/TITLE Biden/NNP/PERSON and/CC President/NNP/TITLE Trump/NNP/PERSON "
                + "spoke/VBD ./. The/DT former/JJ president/NN/TITLE left/VBD ./.");

        assertThat(texts(a.get(0).candidates())).containsExactly("Biden");
    }

    @Test
    void aCountryOrNationalityQualifiesADescription() {
        List<Anaphor> a = anaphors("the/DT U.S./NNP/COUNTRY president/NN/TITLE spoke/VBD ./. "
                + "the/DT president/NN/TITLE of/IN Mexico/NNP/COUNTRY spoke/VBD ./.");

        assertThat(a).extracting(x -> x.evidence().text()).containsExactly("the U.S. president", "the president of Mexico");
        assertThat(a).allMatch(Anaphor::qualified);
    }

    @Test
    void aTitleBeforeANameOrAnOfficeIsNoDescription() {
        assertThat(anaphors("the/DT president/NN/TITLE Trump/NNP/PERSON spoke/VBD ./.")).isEmpty();
        assertThat(anaphors("at/IN the/DT Prime/NNP/TITLE Minister/NNP/TITLE 's/POS Office/NNP spoke/VBD ./.")).isEmpty();
        assertThat(anaphors("the/DT ministers/NNS/TITLE spoke/VBD ./.")).isEmpty();
    }

    @Test
    void aPronounListsThePeopleAndDescriptionsBeforeItInItsSentenceAndTheOneBefore() {
        List<Anaphor> a = anaphors("Abe/NNP/PERSON left/VBD ./. Trump/NNP/PERSON met/VBD the/DT president/NN/TITLE ./. "
                + "Then/RB she/PRP spoke/VBD to/TO Ishiba/NNP/PERSON ./.");
        Anaphor she = a.stream().filter(Anaphor::isPronoun).findFirst().orElseThrow();

        assertThat(she.evidence().text()).isEqualTo("she");
        assertThat(she.gender()).isEqualTo(Gender.FEMALE);
        assertThat(texts(she.candidates())).containsExactly("Trump", "the president");
    }

    @Test
    void possessiveAndObjectPronounsCarryTheirGenderAndEarlierPronounsAreCandidates() {
        List<Anaphor> a = anaphors("Trump/NNP/PERSON praised/VBD him/PRP and/CC his/PRP$ wife/NN ./.");

        assertThat(a).extracting(Anaphor::gender).containsExactly(Gender.MALE, Gender.MALE);
        assertThat(texts(a.get(0).candidates())).containsExactly("Trump");
        assertThat(texts(a.get(1).candidates())).containsExactly("Trump", "him");
    }

    @Test
    void aPronounInsideAQuotationLooksOnlyInsideItAndOneOutsideOnlyOutside() {
        AnnotatedDocument doc = TaggedText.parse("Biver/NNP/PERSON said/VBD :/: “_/`` He/PRP says/VBZ Lee/NNP/PERSON "
                + "fell/VBD _./. _”/'' He/PRP left/VBD ./.");
        String text = doc.text();
        int open = text.indexOf('“') + 1;
        Evidence quote = Evidence.of("doc", text, open, text.indexOf('”'));
        List<Anaphor> a = new AnaphorFinder().find(doc, new MentionExtractor().extract(doc), List.of(quote));

        assertThat(a).extracting(x -> x.evidence().text()).containsExactly("He", "He");
        assertThat(texts(a.get(0).candidates())).isEmpty();
        assertThat(texts(a.get(1).candidates())).containsExactly("Biver");
    }

    @Test
    void anUnnamedPersonInTheWindowIsACandidateThatNoNameStandsFor() {
        List<Anaphor> a = anaphors("Rasmussen/NNP/PERSON lied/VBD ./. A/DT commentator/NN/TITLE said/VBD he/PRP met/VBD "
                + "Rasmussen/NNP/PERSON ./.");

        assertThat(texts(a.get(0).candidates())).containsExactly("Rasmussen", "commentator");
    }

    @Test
    void theMayorOfAPlaceBeforeANameIsATitleNotADescription() {
        assertThat(anaphors("the/DT Mayor/NNP/TITLE of/IN Litueche/NNP/LOCATION Bernardo/NNP/PERSON Cornejo/NNP/PERSON "
                + "spoke/VBD ./.")).isEmpty();
        assertThat(anaphors("the/DT Mayor/NNP/TITLE of/IN Litueche/NNP/LOCATION spoke/VBD ./."))
                .singleElement().satisfies(x -> {
                    assertThat(x.evidence().text()).isEqualTo("the Mayor of Litueche");
                    assertThat(x.qualified()).isTrue();
                });
    }
}
