package org.dossier.discover;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeadTextTest {

    @Test
    void theLeadIsTheHeadlineThenTheOpeningWords() {
        assertThat(LeadText.of("Quake hits Qeshm", "Five people were hurt on Sunday.\nThe island lies off the coast."))
                .isEqualTo("Quake hits Qeshm Five people were hurt on Sunday. The island lies off the coast.");
    }

    @Test
    void aHeadlineThatOpensTheTextIsNotRepeated() {
        assertThat(LeadText.of("Quake hits Qeshm", "Quake hits Qeshm\nFive people were hurt."))
                .isEqualTo("Quake hits Qeshm Five people were hurt.");
    }

    @Test
    void theLeadStopsAfterSixtyWords() {
        String text = "word ".repeat(100);

        assertThat(LeadText.of("Two words", text).split(" ")).hasSize(LeadText.MAX_WORDS);
        assertThat(LeadText.of(null, "")).isEmpty();
    }
}
