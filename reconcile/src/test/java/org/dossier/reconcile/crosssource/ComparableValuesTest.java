package org.dossier.reconcile.crosssource;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComparableValuesTest {

    @ParameterizedTest(name = "{0} vs {1}: {2}")
    @CsvSource({
        "2025-02-06, 2025-02-07, true",
        "2025-02-07, 2025-02-07, false",
        "2025, 2025-02, false",
        "2005-07-07, 2006-07-07, false",
        "2005-07-07, 2006-07-08, true",
        "2 percent, 3 percent, true"})
    void differentValuesDisagreeUnlessEqualCoarserOrAnAnniversary(String a, String b, boolean comparable) {
        assertThat(ContradictionFinder.comparable(a, b)).isEqualTo(comparable);
    }
}
