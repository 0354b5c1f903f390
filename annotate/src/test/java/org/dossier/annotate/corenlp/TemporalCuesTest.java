package org.dossier.annotate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TemporalCuesTest {

    @Test
    void digitsCardinalsAndNumberWordsAreCues() {
        assertThat(TemporalCues.isCue("2025", "CD")).isTrue();
        assertThat(TemporalCues.isCue("3pm", "NN")).isTrue();
        assertThat(TemporalCues.isCue("dozens", "NNS")).isTrue();
        assertThat(TemporalCues.isCue("second", "JJ")).isTrue();
        assertThat(TemporalCues.isCue("five-year", "JJ")).isTrue();
        assertThat(TemporalCues.isCue("XIV", "CD")).isTrue();
    }

    @Test
    void monthsWeekdaysUnitsAndReferenceWordsAreCues() {
        assertThat(TemporalCues.isCue("February", "NNP")).isTrue();
        assertThat(TemporalCues.isCue("Jan.", "NNP")).isTrue();
        assertThat(TemporalCues.isCue("Mondays", "NNPS")).isTrue();
        assertThat(TemporalCues.isCue("centuries", "NNS")).isTrue();
        assertThat(TemporalCues.isCue("tonight", "NN")).isTrue();
        assertThat(TemporalCues.isCue("recently", "RB")).isTrue();
        assertThat(TemporalCues.isCue("ago", "RB")).isTrue();
        assertThat(TemporalCues.isCue("Christmas", "NNP")).isTrue();
        assertThat(TemporalCues.isCue("sixties", "NNS")).isTrue();
    }

    @Test
    void periodicWordsAreCuesWithAnyPrefix() {
        assertThat(TemporalCues.isCue("weekly", "JJ")).isTrue();
        assertThat(TemporalCues.isCue("biweekly", "JJ")).isTrue();
        assertThat(TemporalCues.isCue("semiannually", "RB")).isTrue();
    }

    @Test
    void monthAndWeekdayWordsUsedAsVerbsAreNotCues() {
        assertThat(TemporalCues.isCue("may", "MD")).isFalse();
        assertThat(TemporalCues.isCue("march", "VB")).isFalse();
        assertThat(TemporalCues.isCue("fall", "VBP")).isFalse();
        assertThat(TemporalCues.isCue("May", "NNP")).isTrue();
        assertThat(TemporalCues.isCue("spring", "NN")).isTrue();
    }

    @Test
    void aModalMayAfterAModifierOfSuTimeIsACue() {
        assertThat(TemporalCues.isCueAt(java.util.List.of("this", "may"), java.util.List.of("DT", "MD"), 1)).isTrue();
        assertThat(TemporalCues.isCueAt(java.util.List.of("it", "may"), java.util.List.of("PRP", "MD"), 1)).isFalse();
    }

    @Test
    void atTheTimeIsACueAlthoughNoneOfItsWordsIs() {
        java.util.List<String> words = java.util.List.of("He", "was", "abroad", "at", "the", "time");
        java.util.List<String> tags = java.util.List.of("PRP", "VBD", "RB", "IN", "DT", "NN");
        assertThat(TemporalCues.isCueAt(words, tags, 5)).isTrue();
        assertThat(TemporalCues.isCue("time", "NN")).isFalse();
        assertThat(TemporalCues.isCueAt(java.util.List.of("the", "time"), java.util.List.of("DT", "NN"), 1)).isFalse();
    }

    @Test
    void ordinaryWordsAreNotCues() {
        assertThat(TemporalCues.isCue("Trump", "NNP")).isFalse();
        assertThat(TemporalCues.isCue("tariffs", "NNS")).isFalse();
        assertThat(TemporalCues.isCue("said", "VBD")).isFalse();
        assertThat(TemporalCues.isCue("the", "DT")).isFalse();
        assertThat(TemporalCues.isCue("yearn", "VB")).isFalse();
    }
}
