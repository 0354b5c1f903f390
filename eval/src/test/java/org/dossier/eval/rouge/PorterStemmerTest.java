package org.dossier.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PorterStemmerTest {

    private final PorterStemmer stemmer = new PorterStemmer();

    @ParameterizedTest
    @CsvSource({
        "caresses, caress", "ponies, poni", "ties, ti", "caress, caress", "cats, cat",
        "feed, feed", "agreed, agre", "plastered, plaster", "bled, bled", "motoring, motor", "sing, sing",
        "conflated, conflat", "troubled, troubl", "sized, size", "hopping, hop", "tanned, tan", "falling, fall",
        "hissing, hiss", "fizzed, fizz", "failing, fail", "filing, file", "happy, happi", "sky, sky",
        "relational, relat", "conditional, condit", "rational, ration", "valenci, valenc", "digitizer, digit",
        "generalization, gener", "electrical, electr", "hopeful, hope", "goodness, good", "revival, reviv",
        "allowance, allow", "adjustment, adjust", "adoption, adopt", "effective, effect", "probate, probat",
        "rate, rate", "controll, control", "roll, roll", "bombings, bomb", "police, polic", "is, is", "a, a"
    })
    void stemsLikeTheReferenceImplementation(String word, String stem) {
        assertThat(stemmer.stem(word)).isEqualTo(stem);
    }
}
