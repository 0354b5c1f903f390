package org.dossier.reconcile.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/** Name keys of any string: no throw, no empty words; case and word order do not change a person's key. */
class NameKeyPropertyTest {

    @Property(tries = 500)
    void anyStringGivesKeysWithoutEmptyWords(@ForAll @StringLength(max = 60) String surface) {
        assertThat(NameKey.words(surface)).noneMatch(String::isEmpty).noneMatch(w -> w.contains(" "));
        assertThat(NameKey.keys(surface)).isNotEmpty();
        assertThat(NameKey.personKey(surface)).isNotNull();
    }

    @Property(tries = 500)
    void nameLikeStringsGiveKeysWithoutEmptyWords(@ForAll("names") String surface) {
        assertThat(NameKey.words(surface)).noneMatch(String::isEmpty);
        assertThat(NameKey.keys(surface)).allSatisfy(k -> assertThat(k).doesNotStartWith(" ").doesNotEndWith(" "));
    }

    @Property(tries = 300)
    void caseDoesNotChangeTheKey(@ForAll("names") String surface) {
        Assume.that(surface.chars().allMatch(c -> c < 128)); // ß and İ change length when their case changes
        assertThat(NameKey.keys(surface.toUpperCase(Locale.ROOT))).isEqualTo(NameKey.keys(surface.toLowerCase(Locale.ROOT)));
    }

    @Property(tries = 300)
    void wordOrderDoesNotChangeAPersonKey(@ForAll("personWords") List<String> words, @ForAll long seed) {
        List<String> shuffled = new ArrayList<>(words);
        Collections.shuffle(shuffled, new Random(seed));

        assertThat(NameKey.personKey(String.join(" ", shuffled))).isEqualTo(NameKey.personKey(String.join(" ", words)));
    }

    @Provide
    static Arbitrary<String> names() {
        return Arbitraries.oneOf(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(9),
                Arbitraries.of(" ", " ", ".", "'s", "’s", "/", " / ", "-", "&", "(", ")", "U.S.", "the ", "The ", "Corp.",
                        "Inc", "Ltd", "É", "ō", "ß", "İ", "Ø", "’", "'", ",", "1", "2nd")).list().ofMinSize(1).ofMaxSize(10)
                .map(l -> String.join("", l));
    }

    @Provide
    static Arbitrary<List<String>> personWords() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(9)
                .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).list().ofMinSize(1).ofMaxSize(4);
    }
}
