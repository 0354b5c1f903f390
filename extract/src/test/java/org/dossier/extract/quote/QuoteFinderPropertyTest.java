package org.dossier.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Text full of quote marks: quoted spans lie inside the text, in order, within one paragraph, between their marks (or,
 * for a quote that runs on, between its opening mark and the end of its paragraph).
 */
class QuoteFinderPropertyTest {

    private static final String MARKS = "\"“”„«»‘’'";

    @Property(tries = 500)
    void spansAreOrderedAndLieBetweenTheirMarks(@ForAll("quoteText") String text) {
        List<QuoteFinder.Marked> found = new QuoteFinder().find(text);

        int previousClose = -1;
        for (QuoteFinder.Marked m : found) {
            assertThat(m.open()).isGreaterThan(previousClose);
            assertThat(m.open()).isLessThan(m.start());
            assertThat(m.start()).isLessThan(m.end());
            assertThat(m.end()).isLessThanOrEqualTo(m.close());
            assertThat(m.close()).isLessThan(text.length());
            assertThat(MARKS).contains(String.valueOf(text.charAt(m.open())));
            if (m.continues()) {
                assertThat(text.charAt(m.close())).isEqualTo('\n');
            } else {
                assertThat(MARKS).contains(String.valueOf(text.charAt(m.close())));
            }
            assertThat(text.substring(m.open(), m.close())).doesNotContain("\n");
            assertThat(text.substring(m.start(), m.end())).isNotBlank();
            previousClose = m.close();
        }
    }

    @Provide
    static Arbitrary<String> quoteText() {
        return Arbitraries.oneOf(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8),
                Arbitraries.of("\"", "“", "”", "„", "«", "»", "‘", "’", " ", " ", ",", "\n", "\n\n", "'", "said")).list()
                .ofMaxSize(80).map(l -> String.join("", l));
    }
}
