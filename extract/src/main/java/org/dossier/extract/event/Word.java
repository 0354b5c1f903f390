package org.dossier.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.nlp.Token;

/**
 * One word of a sentence, with character offsets into the text given to the coder; {@code pos}, {@code lemma} and {@code ner}
 * are null when the sentence came without annotation.
 */
record Word(int start, int end, String text, String lower, String pos, String lemma, String ner) {

    private static final Pattern WORD = Pattern.compile(
            "\\p{L}(?:\\.\\p{L})+\\.?|\\p{L}+(?:['’-]\\p{L}+)*|\\d+(?:[.,]\\d+)*|'s|\\S");

    /** The words of {@code text[from, to)}: the tokens when there are any, else a regular-expression split. */
    static List<Word> of(String text, int from, int to, List<Token> tokens) {
        List<Word> words = new ArrayList<>();
        if (tokens.isEmpty()) {
            Matcher m = WORD.matcher(text).region(from, to);
            while (m.find()) {
                words.add(new Word(m.start(), m.end(), m.group(), m.group().toLowerCase(Locale.ROOT), null, null, null));
            }
        } else {
            for (Token t : tokens) {
                String lemma = t.lemma() == null ? null : t.lemma().toLowerCase(Locale.ROOT);
                words.add(new Word(t.start(), t.end(), t.text(), t.text().toLowerCase(Locale.ROOT), t.pos(), lemma, t.ner()));
            }
        }
        return List.copyOf(words);
    }

    boolean isPunctuation() {
        return !Character.isLetterOrDigit(text.charAt(0)) && !text.equals("'s");
    }

    boolean isVerb() {
        return pos != null && (pos.startsWith("VB") || pos.equals("MD"));
    }

    boolean isPerson() {
        return "PERSON".equals(ner);
    }

    boolean isProperNoun() {
        return pos != null ? pos.startsWith("NNP") : Character.isUpperCase(text.charAt(0));
    }
}
