package org.dossier.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.model.fact.Certainty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventCoderTest {

    private static final EventCoder CODER = EventCoder.standard();

    private static String codes(List<Actor> actors) {
        return String.join(" ", actors.stream().map(a -> String.valueOf(a.code())).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Chile and Peru signed an agreement on fishing rights on Monday.                    | AGREE      | CHL PER | ''
            The Kenyan government accused Somali militants of attacking a border post.         | DISAPPROVE | KEN     | SOM
            Canadian Prime Minister Justin Trudeau met Mexican President Lopez Obrador.         | CONSULT    | CAN     | MEX
            Moscow threatened to cut gas supplies to Ukraine.                                   | THREATEN   | RUS     | UKR
            Indian troops clashed with Chinese soldiers along the disputed border.             | FIGHT      | IND     | CHN
            Norway has refused to extradite the suspect to Russia.                              | REJECT     | NOR     | RUS
            The European Union imposed sanctions on Belarus on Friday.                          | SANCTION   | IGO     | BLR
            Egyptian police arrested 40 opposition activists in Cairo.                          | COERCE     | EGY     | EGY
            Tokyo urged Beijing to release the detained journalists.                            | DEMAND     | JPN     | CHN
            Greenpeace activists blocked a road near the Dutch parliament.                      | PROTEST    | NGO     | NLD
            Rebels in eastern Congo kidnapped two aid workers, a UN spokesman said.             | ASSAULT    | COG     | COG
            """)
    void codesCategorySourceAndTarget(String sentence, String category, String source, String target) {
        PloverEvent e = CODER.code(sentence);

        assertThat(e.category().name()).isEqualTo(category);
        assertThat(codes(e.sources())).isEqualTo(source);
        assertThat(codes(e.targets())).isEqualTo(target);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Vietnam will send rice to the Philippines next month.             | AGREE    | EXPECTED
            Vietnam sent rice to the Philippines last month.                   | AID      | REPORTED
            Argentina plans to deploy troops along its northern border.        | THREATEN | EXPECTED
            Argentina deployed troops along its northern border.               | MOBILIZE | REPORTED
            The Thai army will not withdraw from the border.                   | REJECT   | EXPECTED
            """)
    void expectedDeedsAreCodedAsIntentNeverAsDone(String sentence, String category, Certainty certainty) {
        PloverEvent e = CODER.code(sentence);

        assertThat(e.category().name()).isEqualTo(category);
        assertThat(e.certainty()).isEqualTo(certainty);
    }

    @Test
    void passiveTakesTheAgentAfterByAsSource() {
        PloverEvent e = CODER.code("The president of Ghana was criticized by the African Union for postponing elections.");

        assertThat(e.category()).isEqualTo(PloverCategory.DISAPPROVE);
        assertThat(codes(e.sources())).isEqualTo("IGO");
        assertThat(codes(e.targets())).isEqualTo("GHA");
    }

    @Test
    void reportedDemandWithMustHasTheSpeakerAsSource() {
        PloverEvent e = CODER.code("The Swedish foreign minister said that Iran must free the detained sailors.");

        assertThat(e.category()).isEqualTo(PloverCategory.DEMAND);
        assertThat(codes(e.sources())).isEqualTo("SWE");
        assertThat(codes(e.targets())).isEqualTo("IRN");
    }

    @Test
    void attributionAfterTheCommaIsNotTheTarget() {
        PloverEvent e = CODER.code("Kenya and Uganda agreed to hold joint patrols, a Kenyan official said.");

        assertThat(codes(e.sources())).isEqualTo("KEN UGA");
        assertThat(e.targets()).isEmpty();
    }

    @Test
    void actorsKeepTheirTextAndSector() {
        PloverEvent e = CODER.code("Israeli Prime Minister Yitzhak Rabin telephoned Jordan's King Hussein on Tuesday.");

        assertThat(e.sources()).containsExactly(new Actor("Israeli Prime Minister Yitzhak Rabin", "ISR", "GOV", 0, 36));
        assertThat(e.targets().get(0).code()).isEqualTo("JOR");
        assertThat(e.mode()).isEqualTo("phone");
        assertThat(e.cue()).isEqualTo("telephoned");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Serb forces killed three ethnic Albanians in southern Serbia on Friday.                       | SRB | SRB
            The Albanians of southern Serbia are demanding autonomy from Serbian authorities.              | SRB | SRB
            Ethnic Albanian guerrillas operating in Macedonia attacked a police station.                   | MKD | MKD
            """)
    void peopleAndEthnicGroupsTakeTheCountryWhereTheyLive(String sentence, String source, String target) {
        PloverEvent e = CODER.code(sentence);

        assertThat(codes(e.sources())).isEqualTo(source);
        assertThat(codes(e.targets())).isEqualTo(target);
    }

    @Test
    void aDemonymQualifyingABorderIsNoActor() {
        PloverEvent e = CODER.code("Burmese troops captured a Karen rebel base on the Thai border.");

        assertThat(codes(e.sources())).isEqualTo("MMR");
        assertThat(codes(e.targets())).isEqualTo("MMR");
    }

    @Test
    void aLongAttributionClauseIsNotTheTarget() {
        PloverEvent e = CODER.code(
                "The Sudanese government accused Darfur rebels of violating the ceasefire, a member of the Chadian mediation team has said.");

        assertThat(codes(e.sources())).isEqualTo("SDN");
        assertThat(codes(e.targets())).isEqualTo("SDN");
    }

    @Test
    void opposedToIsAStanceNotAPassive() {
        PloverEvent e = CODER.code("Israel is opposed to French mediation in the talks.");

        assertThat(e.category()).isEqualTo(PloverCategory.REJECT);
        assertThat(codes(e.sources())).isEqualTo("ISR");
        assertThat(codes(e.targets())).isEqualTo("FRA");
    }

    @Test
    void passiveAgentIsFoundPastAnInsertedClause() {
        PloverEvent e = CODER.code(
                "The former president has been accused of misusing public funds, much of it embezzled, by Haitian government officials.");

        assertThat(codes(e.sources())).isEqualTo("HTI");
        assertThat(codes(e.targets())).isEqualTo("HTI");
    }

    @Test
    void placesInALaterPurposeClauseAreNotTheTarget() {
        PloverEvent e = CODER.code("Turkish police prevented a demonstration by students to protest the sending of troops to Iraq.");

        assertThat(e.category()).isEqualTo(PloverCategory.COERCE);
        assertThat(codes(e.targets())).isEqualTo("TUR");
    }

    @Test
    void aPlaceNamedAsLocationYieldsToAnInstitutionAfterIt() {
        PloverEvent e = CODER.code("Thousands of people blocked streets in Hong Kong in defiance of Chinese authorities.");

        assertThat(codes(e.sources())).isEqualTo("HKG");
        assertThat(codes(e.targets())).isEqualTo("CHN");
    }

    @Test
    void actorsOfASubordinateClauseAfterACommaAreNotTheTarget() {
        PloverEvent e = CODER.code("Serbia eased emergency measures in Montenegro, as authorities in Croatia cracked down on nationalists.");

        assertThat(codes(e.targets())).isEqualTo("MNE");
    }

    @Test
    void whoeverHoldsAPrisonerInCustodyIsTheSourceOfHisTorture() {
        PloverEvent e = CODER.code("A Palestinian prisoner died after torture while in Israeli police custody.");

        assertThat(e.category()).isEqualTo(PloverCategory.ASSAULT);
        assertThat(codes(e.sources())).isEqualTo("ISR");
        assertThat(codes(e.targets())).isEqualTo("PSE");
    }

    @Test
    void aProtestVoicedInAClosingClauseDisapprovesOfWhatItReports() {
        PloverEvent e = CODER.code("Croatian authorities are failing to protect refugees, a human rights group protested on Wednesday.");

        assertThat(e.category()).isEqualTo(PloverCategory.DISAPPROVE);
        assertThat(codes(e.sources())).isEqualTo("NGO");
        assertThat(codes(e.targets())).isEqualTo("HRV");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Russian aircraft killed 46 civilians in western Afghanistan.        | FIGHT   | ''         | AFG
            Gunmen killed two journalists in Kabul on Monday.                    | ASSAULT | ''         | AFG
            Three soldiers were killed by a roadside bomb in Baghdad.            | ASSAULT | explosives | IRQ
            """)
    void killingIsFightingOnlyByTheMilitaryAndWithoutBombs(String sentence, String category, String mode, String target) {
        PloverEvent e = CODER.code(sentence);

        assertThat(e.category().name()).isEqualTo(category);
        assertThat(String.valueOf(e.mode()).replace("null", "")).isEqualTo(mode);
        assertThat(codes(e.targets())).isEqualTo(target);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "!!! ???", "The weather was mild and sunny.", "日本語の文です。"})
    void garbageOrEventlessTextGivesNoEvent(String text) {
        assertThat(CODER.code(text)).isNull();
    }
}
