package org.dossier.annotate.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dossier.annotate.TrueCaser;
import org.junit.jupiter.api.Test;

class CapitalsRecaserTest {

    /** A fake true-caser that writes every word in lower case and records the sentences it was asked about. */
    private final List<List<String>> asked = new ArrayList<>();
    private final TrueCaser lowerCase = sentences -> {
        asked.addAll(sentences);
        return sentences.stream().map(s -> s.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList()).toList();
    };
    private final CapitalsRecaser recaser = new CapitalsRecaser(lowerCase);

    private static List<String> words(String s) {
        return List.of(s.split(" "));
    }

    @Test
    void aWordInAHeadlineTakesTheFormItHasInTheRestOfTheDocument() {
        List<List<String>> doc = List.of(words("JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT ."),
                words("Japan began with a lucky win against Syria , while China suffered a surprise defeat ."),
                words("It was a win in the end , in Al Ain ."), words("They get on ."));
        assertThat(recaser.recase(doc).get(0)).isEqualTo(words("Japan get lucky win , China in surprise defeat ."));
        assertThat(asked).isEmpty();
    }

    @Test
    void theFormsOfOtherSentencesOutvoteEachOtherAndASentenceStartCountsOnlyWhenNothingElseDoes() {
        List<List<String>> doc = List.of(words("READING IN THE PARK"), words("The park in Reading , reading the park ."),
                words("Reading is quiet ."), words("In Reading the park opened ."));
        // "Reading" twice inside a sentence against "reading" once; "the" inside beats "The" at a start
        assertThat(recaser.recase(doc).get(0)).isEqualTo(words("Reading in the park"));
    }

    @Test
    void aWordSeenOnlyAtSentenceStartsTakesThatForm() {
        List<List<String>> doc = List.of(words("RESCUERS SEARCH RUBBLE"), words("Rescuers worked all night ."),
                words("Search teams found the rubble ."), words("\" Search on , \" he said ."));
        assertThat(recaser.recase(doc).get(0)).isEqualTo(words("Rescuers Search rubble"));
    }

    @Test
    void aTieGoesToTheCapitalizedForm() {
        List<List<String>> doc = List.of(words("STORM HITS READING"), words("a storm hits , reading , near Reading ."));
        assertThat(recaser.recase(doc).get(0)).isEqualTo(words("Storm hits Reading"));
    }

    @Test
    void wordsTheDocumentDoesNotOtherwiseContainAreCasedByTheFallbackAndTheFirstWordIsCapitalized() {
        List<List<String>> doc = List.of(words("SOCCER - JAPAN WIN"), words("Japan won ."));
        assertThat(recaser.recase(doc).get(0)).isEqualTo(words("Soccer - Japan win"));
        assertThat(asked).containsExactly(words("SOCCER - JAPAN WIN"));
    }

    @Test
    void theFirstWordAfterAnOpeningQuoteIsCapitalized() {
        List<List<String>> doc = List.of(words("\" WE WILL WIN , \" SAYS COACH"), words("we will see what the coach says ."));
        assertThat(recaser.recase(doc).get(0)).isEqualTo(words("\" We will win , \" says coach"));
    }

    @Test
    void sentencesNotInCapitalsAndTokensNotWhollyInCapitalsAreUnchanged() {
        List<List<String>> doc = List.of(words("LONDON 1996-08-30"), words("The EU said so ."),
                words("McDONALD 'S SALES RISE 5.2 PCT"), words("sales rise"));
        List<List<String>> out = recaser.recase(doc);
        assertThat(out.get(0)).isEqualTo(words("LONDON 1996-08-30"));
        assertThat(out.get(1)).isEqualTo(words("The EU said so ."));
        assertThat(out.get(2)).isEqualTo(words("McDONALD 's sales rise 5.2 pct"));
    }

    @Test
    void aSentenceIsInCapitalsWhenSeventyPercentOfAtLeastThreeWordsAre() {
        assertThat(CapitalsRecaser.inCapitals(words("CHINA IN SURPRISE DEFEAT ."))).isTrue();
        assertThat(CapitalsRecaser.inCapitals(words("US AND EU TALKS on trade"))).isFalse();   // 4 of 6 words
        assertThat(CapitalsRecaser.inCapitals(words("UN AND EU TALKS TODAY on trade"))).isTrue();   // 5 of 7
        assertThat(CapitalsRecaser.inCapitals(words("NEW YORK 1996-08-30"))).isFalse();   // two words
        assertThat(CapitalsRecaser.inCapitals(words("W L PCT GB"))).isFalse();   // single letters are no capitals words
    }

    @Test
    void aDocumentWithoutCapitalsIsReturnedAsItIsAndEmptyInputIsFine() {
        List<List<String>> doc = List.of(words("Japan won ."));
        assertThat(recaser.recase(doc)).isSameAs(doc);
        assertThat(recaser.recase(List.of())).isEmpty();
        assertThat(recaser.recase(List.of(List.of(), words("A B C")))).containsExactly(List.of(), words("A B C"));
        assertThat(asked).isEmpty();
    }

    @Test
    void aFallbackIsRequired() {
        assertThatThrownBy(() -> new CapitalsRecaser(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fallback must not be null");
    }
}
