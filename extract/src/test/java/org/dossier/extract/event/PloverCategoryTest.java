package org.dossier.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PloverCategoryTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "AID, AGREE, REJECT",
        "CONSULT, AGREE, REJECT",
        "RETREAT, AGREE, REJECT",
        "SANCTION, THREATEN, SANCTION",
        "FIGHT, THREATEN, FIGHT",
        "DEMAND, DEMAND, DEMAND",
        "AGREE, AGREE, REJECT",
    })
    void expectedAndNegatedDeeds(PloverCategory deed, PloverCategory expected, PloverCategory negated) {
        assertThat(deed.whenExpected()).isEqualTo(expected);
        assertThat(deed.whenNegated()).isEqualTo(negated);
    }
}
