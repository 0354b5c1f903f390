package org.dossier.bench;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Phase;
import org.dossier.model.Source;
import org.dossier.model.nlp.AnnotatedDocument;
import org.dossier.model.nlp.Sentence;
import org.dossier.model.nlp.Span;
import org.dossier.model.nlp.Token;

/**
 * An annotated document from hand-tagged text, so the date rules are measured without models: tokens are
 * {@code word/POS} or {@code word/POS/TYPE} separated by spaces, a token {@code ./.} ends a sentence, consecutive tokens
 * of one type form a span, and the spans of time types take the given TIMEX values in text order.
 */
public final class TaggedDocument {

    private TaggedDocument() {
    }

    public static AnnotatedDocument parse(String tagged, String referenceDate, String... timexValues) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        for (String item : tagged.trim().split(" +")) {
            String[] parts = item.split("/");
            if (text.length() > 0) {
                text.append(' ');
            }
            int start = text.length();
            text.append(parts[0]);
            tokens.add(new Token(start, text.length(), parts[0], parts.length > 1 ? parts[1] : "NN",
                    parts[0].toLowerCase(), parts.length > 2 ? parts[2] : "O"));
        }
        List<Sentence> sentences = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        int first = 0;
        int value = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).text().equals(".") || i == tokens.size() - 1) {
                int index = sentences.size();
                sentences.add(new Sentence(index, tokens.get(first).start(), tokens.get(i).end(), first, i + 1));
                int k = first;
                while (k <= i) {
                    String type = tokens.get(k).ner();
                    int j = k + 1;
                    while (j <= i && tokens.get(j).ner().equals(type)) {
                        j++;
                    }
                    if (!type.equals("O")) {
                        boolean time = List.of("DATE", "TIME", "DURATION", "SET").contains(type);
                        int b = tokens.get(k).start();
                        int e = tokens.get(j - 1).end();
                        String normalized = time && value < timexValues.length ? timexValues[value++] : null;
                        spans.add(new Span(type, type, b, e, text.substring(b, e), index, normalized));
                    }
                    k = j;
                }
                first = i + 1;
            }
        }
        Source source = new Source("doc", null, null, null, null, referenceDate, false, "en", Phase.UNKNOWN,
                text.toString(), List.of(), List.of());
        return new AnnotatedDocument(source, referenceDate, tokens, sentences, spans);
    }
}
