package org.dossier.reconcile.crosssource;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Evidence;

/**
 * Splits a sentence into clauses at commas, semicolons, colons and dashes, merging pieces shorter than
 * {@link #MIN_WORDS} words into their neighbour, so that a sentence naming several expectations yields one clause each.
 * Offsets stay exact: each clause is a trimmed slice of the source text.
 */
public final class ClauseSplitter {

    /** A clause has at least this many words; shorter pieces join the next (or the previous) one. */
    public static final int MIN_WORDS = 5;

    /** The clauses of {@code sentence}, whose text is {@code sourceText}; the sentence itself when it does not split. */
    public List<Evidence> split(Evidence sentence, String sourceText) {
        List<int[]> pieces = new ArrayList<>();
        int from = sentence.start();
        for (int i = sentence.start(); i < sentence.end(); i++) {
            if (isBreak(sourceText, i, sentence.end())) {
                pieces.add(new int[] {from, i});
                from = i + 1;
            }
        }
        pieces.add(new int[] {from, sentence.end()});
        List<int[]> merged = new ArrayList<>();
        int[] pending = null;
        for (int[] p : pieces) {
            int[] current = pending == null ? p : new int[] {pending[0], p[1]};
            if (words(sourceText, current) < MIN_WORDS) {
                pending = current;
            } else {
                merged.add(current);
                pending = null;
            }
        }
        if (pending != null) {
            if (merged.isEmpty()) {
                merged.add(pending);
            } else {
                merged.get(merged.size() - 1)[1] = pending[1];
            }
        }
        if (merged.size() < 2) {
            return List.of(sentence);
        }
        List<Evidence> out = new ArrayList<>();
        for (int[] m : merged) {
            int b = m[0];
            int e = m[1];
            while (b < e && (Character.isWhitespace(sourceText.charAt(b)) || isBreakChar(sourceText.charAt(b)))) {
                b++;
            }
            while (e > b && Character.isWhitespace(sourceText.charAt(e - 1))) {
                e--;
            }
            if (e > b) {
                out.add(Evidence.of(sentence.source(), sourceText, b, e));
            }
        }
        return out.size() < 2 ? List.of(sentence) : out;
    }

    private static boolean isBreak(String text, int i, int end) {
        char c = text.charAt(i);
        if (c == ',' ) {
            // not inside a number such as 1,000
            return !(i > 0 && i + 1 < end && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1)));
        }
        if (c == ';' || c == ':') {
            return true;
        }
        if (c == '—' || c == '–') {
            return true;
        }
        return false;
    }

    private static boolean isBreakChar(char c) {
        return c == ',' || c == ';' || c == ':' || c == '—' || c == '–';
    }

    private static int words(String text, int[] span) {
        int n = 0;
        boolean inWord = false;
        for (int i = span[0]; i < span[1]; i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                n++;
            }
            inWord = letter;
        }
        return n;
    }
}
