package org.dossier.annotate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FineClassGazetteerTest {

    private final FineClassGazetteer gazetteer = FineClassGazetteer.of(List.of(
            "prime minister\tTITLE\tMISC\t2",
            "minister\tTITLE\tMISC\t1",
            "japan\tCOUNTRY\tLOCATION\t1",
            "japanese\tNATIONALITY\tMISC,COUNTRY,LOCATION\t1",
            "tokyo\tCITY\tLOCATION\t1",
            "[A-Z][a-zA-Z]+ activist\tTITLE\tMISC\t1"), true);

    @Test
    void labelsTheLongestEntryCaseBlind() {
        assertThat(gazetteer.relabel(List.of("Japanese", "Prime", "Minister", "Ishiba"), List.of("MISC", "O", "O", "PERSON")))
                .containsExactly("NATIONALITY", "TITLE", "TITLE", "PERSON");
    }

    @Test
    void neverOverwritesALabelTheEntryDoesNotAllow() {
        assertThat(gazetteer.relabel(List.of("Japan", "Airlines"), List.of("ORGANIZATION", "ORGANIZATION")))
                .containsExactly("ORGANIZATION", "ORGANIZATION");
        assertThat(gazetteer.relabel(List.of("Japan"), List.of("LOCATION"))).containsExactly("COUNTRY");
    }

    @Test
    void readsOnlyTheClassesTheExtractorsUseAndSkipsRegularExpressions() {
        assertThat(gazetteer.relabel(List.of("Tokyo", "Green", "activist"), List.of("LOCATION", "O", "O")))
                .containsExactly("LOCATION", "O", "O");
    }

    @Test
    void anOptionalPeriodStandsForBothSpellings() {
        FineClassGazetteer cased = FineClassGazetteer.of(List.of("Gen\\.?\tTITLE\tMISC\t1"), false);
        assertThat(cased.relabel(List.of("Gen.", "Gen", "gen"), List.of("O", "O", "O"))).containsExactly("TITLE", "TITLE", "O");
    }

    @Test
    void theModelsJarGazetteersLoad() {
        FineClassGazetteer real = FineClassGazetteer.load();
        assertThat(real.relabel(List.of("U.S.", "President", "Donald", "Trump"), List.of("LOCATION", "O", "PERSON", "PERSON")))
                .containsExactly("COUNTRY", "TITLE", "PERSON", "PERSON");
    }
}
