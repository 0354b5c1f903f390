package org.dossier.annotate.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameAgreementTest {

    private final NameAgreement agreement = new NameAgreement(0.9);

    private static List<String> words(String s) {
        return List.of(s.split(" "));
    }

    /** Each token's probability of each class (PER, LOC, ORG, MISC): {@code sure} for its own class, else none. */
    private static List<double[]> sure(List<String> classes, double... sure) {
        List<double[]> out = new ArrayList<>();
        for (int t = 0; t < classes.size(); t++) {
            double[] p = new double[NameClassRefiner.CLASSES.size()];
            int c = NameClassRefiner.CLASSES.indexOf(classes.get(t));
            if (c >= 0) {
                p[c] = sure[t];
            }
            out.add(p);
        }
        return out;
    }

    @Test
    void aNameBothTaggersFindStaysHoweverUnsureTheFirstIs() {
        List<String> first = words("PER PER O LOC");
        assertThat(agreement.apply(List.of(first), List.of(sure(first, 0.3, 0.3, 1, 0.4)),
                List.of(words("PER PER O LOC")))).containsExactly(first);
    }

    @Test
    void aNameOnlyTheFirstTaggerFindsStaysWhenItIsConfident() {
        List<String> first = words("ORG O MISC");
        assertThat(agreement.apply(List.of(first), List.of(sure(first, 0.95, 1, 0.6)),
                List.of(words("O O O")))).containsExactly(words("ORG O O"));
    }

    @Test
    void aNamesConfidenceIsItsLeastSureToken() {
        List<String> first = words("ORG ORG ORG");
        assertThat(agreement.apply(List.of(first), List.of(sure(first, 0.99, 0.5, 0.99)),
                List.of(words("O O O")))).containsExactly(words("O O O"));
    }

    @Test
    void theSameTokensWithAnotherClassOrOtherBoundariesAreNotTheSameName() {
        List<String> first = words("ORG ORG O LOC");
        assertThat(agreement.apply(List.of(first), List.of(sure(first, 0.8, 0.8, 1, 0.8)),
                List.of(words("ORG O O ORG")))).containsExactly(words("O O O O"));
    }

    @Test
    void theSecondTaggersOwnNamesAreNeverAdded() {
        List<String> first = words("O O");
        assertThat(agreement.apply(List.of(first), List.of(sure(first, 1, 1)), List.of(words("PER PER"))))
                .containsExactly(words("O O"));
    }

    @Test
    void taggersOfDifferentTextsAreRefused() {
        List<String> first = words("O O");
        assertThatThrownBy(() -> agreement.apply(List.of(first), List.of(sure(first, 1, 1)), List.of(words("O"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NameAgreement(1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
