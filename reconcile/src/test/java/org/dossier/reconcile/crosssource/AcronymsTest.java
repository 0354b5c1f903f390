package org.dossier.reconcile.crosssource;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AcronymsTest {

    @Test
    void spellsOutAnAcronymDefinedInParentheses() {
        Acronyms a = Acronyms.definedIn(List.of("Exports of liquified natural gas (LNG) rose."));
        assertThat(a.expand("They pledged to buy more LNG.")).isEqualTo("They pledged to buy more LNG (liquified natural gas).");
    }

    @Test
    void ignoresParenthesesWhoseLettersDoNotMatchTheWordsBefore() {
        Acronyms a = Acronyms.definedIn(List.of("The Quadrilateral Security Dialogue (QUAD) met."));
        assertThat(a.longForms()).isEmpty();
    }
}
