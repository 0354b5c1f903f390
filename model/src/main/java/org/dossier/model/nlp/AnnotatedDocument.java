package org.dossier.model.nlp;

import java.util.List;
import org.dossier.model.Source;

/**
 * A source with its linguistic annotation.
 *
 * @param referenceDate the ISO date that relative time expressions were resolved against, or null when none was known
 */
public record AnnotatedDocument(Source source, String referenceDate, List<Token> tokens, List<Sentence> sentences, List<Span> spans) {

    public AnnotatedDocument {
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
        spans = List.copyOf(spans);
    }

    public String text() {
        return source.text();
    }

    public List<Token> tokensOf(Sentence sentence) {
        return tokens.subList(sentence.firstToken(), sentence.endToken());
    }

    /** The sentence holding character {@code offset}, or null. */
    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (offset >= s.start() && offset < s.end()) {
                return s;
            }
        }
        return null;
    }
}
