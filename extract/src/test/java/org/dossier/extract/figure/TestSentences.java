package org.dossier.extract.figure;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.nlp.Sentence;

/** Naive sentence boundaries for tests: a sentence ends after ". ", "? ", "! " or a line break. */
final class TestSentences {

    private TestSentences() {
    }

    static List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '\n' || (c == '.' || c == '?' || c == '!') && i + 1 < text.length() && text.charAt(i + 1) == ' ';
            if (end) {
                add(sentences, start, c == '\n' ? i : i + 1);
                start = i + 1;
            }
        }
        add(sentences, start, text.length());
        return sentences;
    }

    private static void add(List<Sentence> sentences, int start, int end) {
        if (end > start) {
            sentences.add(new Sentence(sentences.size(), start, end, 0, 0));
        }
    }
}
