package org.dossier.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConllFormatTest {

    /** A fake tagger: capitalized tokens are PER, "Tokyo" is LOC. */
    private static List<List<String>> fake(List<List<String>> sentences) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> s : sentences) {
            out.add(s.stream().map(t -> t.equals("Tokyo") ? "LOC" : Character.isUpperCase(t.charAt(0)) && t.length() > 1 ? "PER" : "O").toList());
        }
        return out;
    }

    @Test
    void appendsIob2TagsKeepingTheLinesAndSentenceBreaks() {
        String in = "-DOCSTART- -X- -X- O\n\nShigeru NNP B-NP O\nIshiba NNP I-NP O\nvisited VBD B-VP O\nTokyo NNP B-NP O\n. . O O\n\n";
        String out = new ConllFormat().tag(in, ConllFormatTest::fake);
        assertThat(out).isEqualTo("-DOCSTART- -X- -X- O O\n\nShigeru NNP B-NP O B-PER\nIshiba NNP I-NP O I-PER\n"
                + "visited VBD B-VP O O\nTokyo NNP B-NP O B-LOC\n. . O O O\n\n");
    }

    @Test
    void titleCasesHeadlinesInCapitalsBeforeTagging() {
        assertThat(ConllFormat.caseFolded(List.of("SOCCER", "-", "JAPAN", "GET", "LUCKY", "WIN")))
                .containsExactly("Soccer", "-", "Japan", "Get", "Lucky", "Win");
        assertThat(ConllFormat.caseFolded(List.of("The", "EU", "said", "so"))).containsExactly("The", "EU", "said", "so");
    }
}
