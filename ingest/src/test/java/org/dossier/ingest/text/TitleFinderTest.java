package org.dossier.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleFinderTest {

    private static int find(String... header) {
        List<Line> lines = Line.split(String.join("\n", header));
        return TitleFinder.find(lines, lines.size());
    }

    @Test
    void prefersTheRepeatedLine() {
        assertThat(find("Tokyo Report", "Recent Features", "A Question Headline Here?", "Other Stuff Goes Here",
                "A Question Headline Here?")).isEqualTo(2);
    }

    @Test
    void takesTheFirstTitleShapedLineOfThreeWords() {
        assertThat(find("Tokyo Report", "Prime Minister Ishiba’s Visit to Washington", "Remote Visualization"))
                .isEqualTo(1);
    }

    @Test
    void skipsDatelinesBylinesAndNavigation() {
        assertThat(find("Home | World | Asia", "By Jane Doe", "February 7, 2025", "Leaders Meet in Washington"))
                .isEqualTo(3);
    }

    @Test
    void findsNoTitleInSentences() {
        assertThat(find("The leaders met on Friday to discuss trade and security.")).isEqualTo(-1);
    }

    @Test
    void looksOnlyBeforeTheHeaderEnd() {
        List<Line> lines = Line.split("Leaders Meet in Washington\nAnother Headline Here");
        assertThat(TitleFinder.find(lines, 0)).isEqualTo(-1);
    }
}
