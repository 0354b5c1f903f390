package org.dossier.reconcile.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeyTest {

    @ParameterizedTest
    @CsvSource({
        "Nippon Steel Corp., nippon steel",
        "Nippon Steel, nippon steel",
        "US Steel, united states steel",
        "United States Steel Corp., united states steel",
        "U.S., united states",
        "The Diplomat, diplomat",
        "Kyodo News’s, kyodo news",
    })
    void foldsSurfaceFormsOfOneName(String surface, String key) {
        assertThat(NameKey.keys(surface).get(0)).isEqualTo(key);
    }

    @Test
    void splitsSlashedAlternatives() {
        assertThat(NameKey.keys("Senkaku/Diaoyu Islands")).containsExactly("senkaku islands", "diaoyu islands");
    }

    @Test
    void personKeysIgnoreNameOrder() {
        assertThat(NameKey.personKey("Ishiba Shigeru")).isEqualTo(NameKey.personKey("Shigeru Ishiba"));
        assertThat(NameKey.personKey("Akie Abe")).isNotEqualTo(NameKey.personKey("Shinzo Abe"));
    }
}
