package org.dossier.annotate.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a pipeline built with {@code tokenize.whitespace} and {@code ssplit.eolonly} over tokens and sentences given by
 * the caller (one sentence a line, tokens joined by spaces), and hands back CoreNLP's tokens sentence by sentence.
 */
final class GivenTokens {

    private GivenTokens() {
    }

    /** One list of CoreNLP tokens per given sentence, in order; an empty sentence gets an empty list. */
    static List<List<CoreLabel>> annotate(StanfordCoreNLP pipeline, List<List<String>> sentences) {
        StringBuilder text = new StringBuilder();
        for (List<String> s : sentences) {
            for (int i = 0; i < s.size(); i++) {
                if (i > 0) {
                    text.append(' ');
                }
                // a token never holds a space for the whitespace tokenizer
                text.append(s.get(i).replace(' ', '_'));
            }
            text.append('\n');
        }
        Annotation doc = new Annotation(text.toString());
        pipeline.annotate(doc);
        List<CoreMap> annotated = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<List<CoreLabel>> out = new ArrayList<>(sentences.size());
        int t = 0;
        for (List<String> s : sentences) {
            out.add(!s.isEmpty() && t < annotated.size() ? annotated.get(t++).get(CoreAnnotations.TokensAnnotation.class) : List.of());
        }
        return out;
    }
}
