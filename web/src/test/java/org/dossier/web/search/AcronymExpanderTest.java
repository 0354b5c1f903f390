package org.dossier.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AcronymExpanderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "LNG | imports of American energy, especially liquified natural gas | liquified natural gas",
            "NATO | members of the North Atlantic Treaty Organization | North Atlantic Treaty Organization",
            "DPJ | the opposition Democratic Party of Japan | Democratic Party of Japan",
            "IRA | passed the Inflation Reduction Act | Inflation Reduction Act",
            "G7 | leaders of the Group of Seven | ",
            "R-TN | influential senators such as Bill Hagerty | ",
            "US | said the officials | "})
    void findsTheLongFormWhoseWordsHoldTheLettersInOrder(String shortForm, String before, String longForm) {
        assertThat(AcronymExpander.longForm(shortForm, before)).isEqualTo(longForm);
    }

    @Test
    void spellsOutLaterUsesOfADefinedShortFormOnce() {
        AcronymExpander expander = AcronymExpander.learn(List.of(
                "Japan buys liquefied natural gas (LNG) from Qatar. It met Trump (R).",
                "The North Atlantic Treaty Organization (NATO) met."));
        assertThat(expander.definitions()).isEqualTo(Map.of("LNG", "liquefied natural gas", "NATO", "North Atlantic Treaty Organization"));
        assertThat(expander.expand("Japan will buy more American LNG and LNG carriers."))
                .isEqualTo("Japan will buy more American LNG (liquefied natural gas) and LNG carriers.");
        assertThat(expander.expand("NATO and LNG.")).isEqualTo("NATO (North Atlantic Treaty Organization) and LNG (liquefied natural gas).");
    }

    @Test
    void leavesDefinitionsPartsOfWordsAndUnknownShortFormsAlone() {
        AcronymExpander expander = AcronymExpander.learn(List.of("Japan buys liquefied natural gas (LNG)."));
        assertThat(expander.expand("Japan buys liquefied natural gas (LNG).")).isEqualTo("Japan buys liquefied natural gas (LNG).");
        assertThat(expander.expand("LNGs and XLNG and the IMF.")).isEqualTo("LNGs and XLNG and the IMF.");
        assertThat(AcronymExpander.none().expand("LNG")).isEqualTo("LNG");
    }

    @Test
    void theFirstDefinitionOfAShortFormWins() {
        AcronymExpander expander = AcronymExpander.learn(List.of("the Japan News (JN) said", "Joint Nations (JN) said"));
        assertThat(expander.definitions()).containsEntry("JN", "Japan News");
    }
}
