package org.dossier.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {

    private final QuoteFinder finder = new QuoteFinder();

    private List<String> inner(String text) {
        return finder.find(text).stream().map(m -> text.substring(m.start(), m.end())).toList();
    }

    @Test
    void findsCurlyQuotesWithoutTheMarksOrTrailingComma() {
        assertThat(inner("“We will win,” she said.")).containsExactly("We will win");
    }

    @Test
    void pairsStraightQuotesWithinAParagraph() {
        assertThat(inner("He said \"yes\" and \"no\".")).containsExactly("yes", "no");
    }

    @Test
    void findsSingleQuotesOutsideDoubleOnesAndReadsApostrophesAsApostrophes() {
        assertThat(inner("‘We will win’: PM vows a fight. \"It's the 'best' plan,\" she said.")).containsExactly("We will win",
                "It's the 'best' plan");
        assertThat(inner("'It's something I won't forget': a survivor's story. O'Brien's rock 'n' roll")).containsExactly(
                "It's something I won't forget", "n");
        assertThat(inner("The players’ union and ‘90s music")).isEmpty();
    }

    @Test
    void neverPairsQuotesAcrossParagraphs() {
        assertThat(inner("He said \"yes\nand then\" no")).isEmpty();
    }

    @Test
    void skipsUnclosedQuotes() {
        assertThat(inner("”Stay ahead of the curve — subscribe")).isEmpty();
        assertThat(inner("“It never ends")).isEmpty();
    }

    @Test
    void aQuoteLeftOpenAtAParagraphEndRunsOnWhenTheNextParagraphOpensWithAMark() {
        String text = "“We came to talk.\n“And we will talk again,” he said.";
        assertThat(finder.find(text)).extracting(m -> text.substring(m.start(), m.end()), QuoteFinder.Marked::continues)
                .containsExactly(tuple("We came to talk.", true), tuple("And we will talk again", false));
    }

    @Test
    void aQuoteLeftOpenBeforeAParagraphWithoutAMarkIsSkipped() {
        assertThat(inner("“We came to talk.\nHe left.")).isEmpty();
    }

    @Test
    void keepsTheSentenceFinalPeriodInside() {
        assertThat(inner("as “a very strong person.”")).containsExactly("a very strong person.");
    }

    @Test
    void aPhraseInStraightQuotesInsideAStraightQuoteStaysPartOfIt() {
        assertThat(inner("\"The statement shows it. The \"United States\" holds no one.\" He wrote, \"They suffered.\""))
                .containsExactly("The statement shows it. The \"United States\" holds no one.", "They suffered.");
        assertThat(inner("He said \"yes\" and \"no\" twice.")).containsExactly("yes", "no");
    }
}
