package org.dossier.extract.claim;

import java.util.Locale;

/**
 * One word of a sentence as the claim rules see it.
 *
 * @param pos the Penn Treebank tag, or null when the sentence came without tokens
 * @param lemma the lemma from the tokens, else the lowercase text
 * @param aside true inside parentheses, where cues count less
 */
record ClaimWord(String text, String lower, String pos, String lemma, boolean aside) {

    ClaimWord(String text, String pos, String lemma, boolean aside) {
        this(text, text.toLowerCase(Locale.ROOT).replace('’', '\''), pos,
                lemma == null ? text.toLowerCase(Locale.ROOT) : lemma.toLowerCase(Locale.ROOT), aside);
    }

    boolean isWord() {
        return text.chars().anyMatch(Character::isLetterOrDigit);
    }

    boolean isCapitalized() {
        return Character.isUpperCase(text.charAt(0));
    }

    boolean hasPos(String prefix) {
        return pos != null && pos.startsWith(prefix);
    }
}
