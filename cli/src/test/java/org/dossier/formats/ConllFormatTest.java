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
    void givesTheTaggerEachDocumentAsReadAndKeepsTheLinesOfTheInput() {
        String in = "-DOCSTART- -X- -X- O\n\nJAPAN NNP\nWIN VB\n\nJapan NNP\nwon VBD\n\n-DOCSTART- -X- -X- O\n\nTokyo NNP\n";
        List<List<List<String>>> seen = new ArrayList<>();
        String out = new ConllFormat().tag(in, doc -> {
            seen.add(doc);
            return fake(doc);
        });
        assertThat(seen).containsExactly(List.of(List.of("JAPAN", "WIN"), List.of("Japan", "won")), List.of(List.of("Tokyo")));
        assertThat(out).isEqualTo("-DOCSTART- -X- -X- O O\n\nJAPAN NNP B-PER\nWIN VB I-PER\n\nJapan NNP B-PER\nwon VBD O\n\n"
                + "-DOCSTART- -X- -X- O O\n\nTokyo NNP B-LOC\n");
    }
}
