package org.dossier.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalizedTextTest {

    @Test
    void mapsCurlyQuotesToStraightAndCollapsesWhitespace() {
        assertThat(NormalizedText.normalize("  \u201CIt\u2019s  a\n\t\u2018test\u2019\u201D\u00A0 ")).isEqualTo("\"It's a 'test'\"");
    }

    @Test
    void findsSnippetAcrossLineBreaksAndReturnsOriginalOffsets() {
        String text = "He said \u201Cwe will\n   work together\u201D today.";
        NormalizedText normalized = NormalizedText.of(text);

        assertThat(normalized.find("\"we will work together\"")).containsExactly(new NormalizedText.Range(8, 34));
        assertThat(text.substring(8, 34)).isEqualTo("\u201Cwe will\n   work together\u201D");
    }

    @Test
    void findsEveryOccurrence() {
        assertThat(NormalizedText.of("ab ab").find("ab"))
                .containsExactly(new NormalizedText.Range(0, 2), new NormalizedText.Range(3, 5));
    }

    @Test
    void findsNothingForBlankOrAbsentSnippets() {
        assertThat(NormalizedText.of("some text").find("  ")).isEmpty();
        assertThat(NormalizedText.of("some text").find("Some")).isEmpty();
    }

    @Test
    void surfaceMustOccurAsWholeWords() {
        NormalizedText text = NormalizedText.of("Satoshi met the U.S.-Japan team.");

        assertThat(text.containsWords("Sato", true)).isFalse();
        assertThat(text.containsWords("U.S.", true)).isTrue();
        assertThat(text.containsWords("satoshi", true)).isFalse();
        assertThat(text.containsWords("satoshi", false)).isTrue();
    }
}
