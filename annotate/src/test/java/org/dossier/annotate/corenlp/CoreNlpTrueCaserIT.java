package org.dossier.annotate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CoreNlpTrueCaserIT {

    private static List<String> words(String s) {
        return List.of(s.split(" "));
    }

    @Test
    void writesAHeadlineInCapitalsAsRunningTextWritesItKeepingTheShape() {
        List<List<String>> out = new CoreNlpTrueCaser().trueCase(List.of(
                words("RUSSIAN PRESIDENT MEETS GERMAN CHANCELLOR IN BERLIN"), List.of(), words("U.S. TALKS END")));
        assertThat(out).containsExactly(words("Russian president meets German Chancellor in Berlin"), List.of(),
                words("U.S. talks end"));
    }
}
