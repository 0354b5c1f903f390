package org.dossier.reconcile.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TermsTest {

    @ParameterizedTest
    @CsvSource({"bombings, bombing", "parties, party", "houses, house", "bus, bus", "glass, glass", "crisis, crisis",
        "shoes, shoe", "is, is", "gas, gas"})
    void stemsPluralsOnly(String word, String stem) {
        assertThat(Terms.stem(word)).isEqualTo(stem);
    }

    @Test
    void contentDropsStopwordsAndStems() {
        assertThat(Terms.content("The police said the bombings were in London.")).containsExactly("police", "bombing", "london");
    }
}
