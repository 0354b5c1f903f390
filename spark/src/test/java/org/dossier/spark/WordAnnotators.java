package org.dossier.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.annotate.Annotator;
import org.dossier.model.Source;
import org.dossier.model.nlp.AnnotatedDocument;
import org.dossier.model.nlp.Sentence;
import org.dossier.model.nlp.Token;

/**
 * An annotator without models for Spark tests: words and punctuation are tokens, a sentence ends at {@code .!?} or a
 * line break, there are no names. A source whose text contains {@code POISON} fails to annotate.
 */
public final class WordAnnotators implements AnnotatorSource {

    private static final long serialVersionUID = 1L;
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[.,][\\p{N}]+)*|[^\\s\\p{L}\\p{N}]");

    @Override
    public Annotator annotator() {
        return new Annotator() {
            @Override
            public AnnotatedDocument annotate(Source source, String referenceDate) {
                return words(source, referenceDate);
            }

            @Override
            public String fingerprint() {
                return "words-1";
            }
        };
    }

    static AnnotatedDocument words(Source source, String referenceDate) {
        String text = source.text();
        if (text.contains("POISON")) {
            throw new IllegalArgumentException("cannot annotate a poisoned text");
        }
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int sentenceStart = -1;
        int firstToken = 0;
        while (m.find()) {
            String t = m.group();
            if (sentenceStart < 0) {
                sentenceStart = m.start();
                firstToken = tokens.size();
            }
            String pos = Character.isDigit(t.charAt(0)) ? "CD" : Character.isUpperCase(t.charAt(0)) ? "NNP"
                    : Character.isLetter(t.charAt(0)) ? "NN" : t;
            tokens.add(new Token(m.start(), m.end(), t, pos, t.toLowerCase(Locale.ROOT), "O"));
            boolean lineBreakNext = m.end() < text.length() && text.charAt(m.end()) == '\n';
            if (t.equals(".") || t.equals("!") || t.equals("?") || lineBreakNext) {
                sentences.add(new Sentence(sentences.size(), sentenceStart, m.end(), firstToken, tokens.size()));
                sentenceStart = -1;
            }
        }
        if (sentenceStart >= 0) {
            sentences.add(new Sentence(sentences.size(), sentenceStart, tokens.get(tokens.size() - 1).end(), firstToken,
                    tokens.size()));
        }
        return new AnnotatedDocument(source, referenceDate, tokens, sentences, List.of());
    }
}
