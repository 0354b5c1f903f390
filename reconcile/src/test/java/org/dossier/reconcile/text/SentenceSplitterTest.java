package org.dossier.reconcile.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> sentences(String text) {
        return splitter.split(text).stream().map(s -> s.in(text)).toList();
    }

    @Test
    void splitsAtSentenceEndsAndLineBreaks() {
        String text = "Heading line\n\nFirst one here. Second one! Third?\nNew paragraph";

        assertThat(sentences(text)).containsExactly("Heading line", "First one here.", "Second one!", "Third?", "New paragraph");
        assertThat(splitter.split(text)).extracting(SentenceSpan::paragraph).containsExactly(0, 1, 1, 1, 2);
        assertThat(splitter.split(text)).extracting(SentenceSpan::terminated).containsExactly(false, true, true, true, false);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Mr. Smith met Dr. Jones at St. Paul's.",
        "The U.S. President met George W. Bush on Feb. 7 in Washington.",
        "It cost 3.5 million dollars, i.e. a lot.",
        "He said it was over... and left.",
        "Acme Inc. said profits rose.",
    })
    void keepsAbbreviationsInsideTheSentence(String text) {
        assertThat(sentences(text)).containsExactly(text);
    }

    @Test
    void endsAtAnAcronymBeforeASentenceOpener() {
        assertThat(sentences("Troops left the U.S. The war ended.")).containsExactly("Troops left the U.S.", "The war ended.");
    }

    @Test
    void keepsClosingQuotesWithTheSentence() {
        String text = "He said: \u201CWe will win.\u201D Then he left. \"Go,\" she said.";

        assertThat(sentences(text)).containsExactly("He said: \u201CWe will win.\u201D", "Then he left.", "\"Go,\" she said.");
    }

    @Test
    void doesNotSplitBeforeALowercaseWord() {
        assertThat(sentences("The vote was 5 vs. six. It passed.")).containsExactly("The vote was 5 vs. six.", "It passed.");
    }

    @Test
    void offsetsSliceTheTextExactly() {
        String text = "  One sentence here.   Two sentences here.  \r\n Three. ";

        for (SentenceSpan s : splitter.split(text)) {
            assertThat(s.in(text)).isEqualTo(text.substring(s.start(), s.end())).isEqualTo(s.in(text).strip());
        }
        assertThat(sentences(text)).containsExactly("One sentence here.", "Two sentences here.", "Three.");
    }

    @Test
    void garbageGivesNoCrash() {
        assertThat(sentences("")).isEmpty();
        assertThat(sentences("\n\n  \n")).isEmpty();
        assertThat(sentences("...!?. .")).isNotEmpty();
        assertThat(sentences("Mr.")).containsExactly("Mr.");
    }
}
