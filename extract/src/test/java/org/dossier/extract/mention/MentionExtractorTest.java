package org.dossier.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.extract.TaggedText;
import org.dossier.model.fact.Gender;
import org.dossier.model.fact.Mention;
import org.junit.jupiter.api.Test;

class MentionExtractorTest {

    private static List<Mention> mentions(String tagged) {
        return new MentionExtractor().extract(TaggedText.parse(tagged));
    }

    @Test
    void keepsTheTitleInFrontOfANameAsAnAliasAndARole() {
        Mention m = mentions("Japan/NNP/COUNTRY 's/POS Prime/NNP/TITLE Minister/NNP/TITLE Ishiba/NNP/PERSON spoke/VBD ./.").get(0);
        assertThat(m.name().text()).isEqualTo("Ishiba");
        assertThat(m.titled().text()).isEqualTo("Prime Minister Ishiba");
        assertThat(m.role()).isEqualTo("Prime Minister of Japan");
    }

    @Test
    void formerIsPartOfTheTitleButNotOfTheRole() {
        Mention m = mentions("Former/JJ Prime/NNP/TITLE Minister/NNP/TITLE Abe/NNP/PERSON led/VBD ./.").get(0);
        assertThat(m.titled().text()).isEqualTo("Former Prime Minister Abe");
        assertThat(m.role()).isEqualTo("Prime Minister");
    }

    @Test
    void readsGenderFromHonorificsAndKinshipWords() {
        assertThat(mentions("Trump/NNP/PERSON invited/VBD Mrs./NNP Abe/NNP/PERSON ./.").get(1).gender()).isEqualTo(Gender.FEMALE);
        assertThat(mentions("Akie/NNP/PERSON Abe/NNP/PERSON ,/, the/DT widow/NN of/IN Abe/NNP/PERSON ,/, came/VBD ./.").get(0).gender())
                .isEqualTo(Gender.FEMALE);
        assertThat(mentions("Ishiba/NNP/PERSON came/VBD ./.").get(0).gender()).isEqualTo(Gender.UNKNOWN);
    }

    @Test
    void anAcronymInParenthesesAfterANameIsAMentionToo() {
        List<Mention> m = mentions("The/DT Liberal/NNP/ORGANIZATION Democratic/NNP/ORGANIZATION Party/NNP/ORGANIZATION "
                + "(_/-LRB- LDP_/NNP )_/-RRB- won/VBD ./.");
        assertThat(m).extracting(x -> x.name().text()).containsExactly("Liberal Democratic Party", "LDP");
        assertThat(m.get(1).type()).isEqualTo("ORGANIZATION");
    }
}
