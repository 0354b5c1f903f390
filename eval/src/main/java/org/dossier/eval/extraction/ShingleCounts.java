package org.dossier.eval.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tokens and shingles as the benchmark's {@code evaluate.py} makes them: tokens are runs of Python {@code \w} characters
 * (letters, numbers, underscore; case kept), shingles the 4-grams of consecutive tokens, and a text of fewer than four
 * tokens is one shingle of all of them (none when it has no token).
 */
public final class ShingleCounts {

    /** The shingle length the benchmark uses. */
    public static final int SHINGLE_LENGTH = 4;

    private ShingleCounts() {
    }

    /** The tokens of a text, in order; a null text has none. */
    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        int start = -1;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                tokens.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            tokens.add(text.substring(start));
        }
        return tokens;
    }

    /** The multiset of shingles of a text, each shingle its tokens joined by a space. */
    public static Map<String, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<String, Integer> counts = new HashMap<>();
        int n = Math.max(1, tokens.size() - SHINGLE_LENGTH + 1);
        for (int i = 0; i < n; i++) {
            List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + SHINGLE_LENGTH));
            if (!shingle.isEmpty()) {
                counts.merge(String.join(" ", shingle), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Python's {@code \w} for str patterns: alphanumeric ({@code str.isalnum}) or underscore. */
    static boolean isWordChar(int cp) {
        if (cp == '_' || Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
