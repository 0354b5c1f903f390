package org.dossier.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.nlp.Token;

/**
 * Turns a sentence into {@link ClaimWord}s: from its tokens when there are any, else by splitting its text. A sentence wholly
 * in parentheses is not an aside.
 */
final class ClaimWords {

    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)*|\\d+(?:[.,]\\d+)*|\\S");

    private ClaimWords() {
    }

    static List<ClaimWord> of(String text, List<Token> tokens) {
        List<ClaimWord> words = new ArrayList<>();
        int depth = 0;
        if (tokens.isEmpty()) {
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                depth = add(words, m.group(), null, null, depth);
            }
        } else {
            for (Token t : tokens) {
                depth = add(words, t.text(), t.pos(), t.lemma(), depth);
            }
        }
        if (words.stream().allMatch(ClaimWord::aside)) {
            return words.stream().map(w -> new ClaimWord(w.text(), w.lower(), w.pos(), w.lemma(), false)).toList();
        }
        return List.copyOf(words);
    }

    private static int add(List<ClaimWord> words, String text, String pos, String lemma, int depth) {
        if (text.equals("(") || text.equals("-LRB-")) {
            return depth + 1;
        }
        if (text.equals(")") || text.equals("-RRB-")) {
            return Math.max(0, depth - 1);
        }
        words.add(new ClaimWord(text, pos, lemma, depth > 0));
        return depth;
    }
}
