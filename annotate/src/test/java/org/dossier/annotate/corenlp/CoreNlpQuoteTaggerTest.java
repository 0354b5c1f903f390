package org.dossier.annotate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.util.Pair;
import org.dossier.model.Evidence;
import org.junit.jupiter.api.Test;

class CoreNlpQuoteTaggerTest {

    @Test
    void theQuotedWordsLeaveOutTheMarksSpacesAndATrailingComma() {
        String text = "“ We will work together, ” Ishiba said.";
        Evidence words = CoreNlpQuoteTagger.inside("d", text, new Pair<>(0, text.indexOf('”') + 1));
        assertThat(words.text()).isEqualTo("We will work together");
        assertThat(text.substring(words.start(), words.end())).isEqualTo(words.text());
    }

    @Test
    void straightAndLatexStyleMarksAreLeftOutToo() {
        String text = "He said ``no way'' and left.";
        Evidence words = CoreNlpQuoteTagger.inside("d", text, new Pair<>(8, 18));
        assertThat(words.text()).isEqualTo("no way");
    }

    @Test
    void anEmptyOrMissingQuoteGivesNothing() {
        assertThat(CoreNlpQuoteTagger.inside("d", "\"\"", new Pair<>(0, 2))).isNull();
        assertThat(CoreNlpQuoteTagger.inside("d", "text", null)).isNull();
    }
}
