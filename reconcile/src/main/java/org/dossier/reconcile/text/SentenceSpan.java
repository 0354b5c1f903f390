package org.dossier.reconcile.text;

/**
 * One sentence of a text: {@code text.substring(start, end)}, trimmed of surrounding whitespace.
 *
 * @param paragraph the index of its paragraph (a non-blank line) in the text, from 0
 * @param index the index of the sentence in the whole text, from 0
 * @param terminated true when it ends with {@code .}, {@code !} or {@code ?} (possibly followed by closing quotes or brackets)
 */
public record SentenceSpan(int start, int end, int paragraph, int index, boolean terminated) {

    /** The sentence's text in {@code text}. */
    public String in(String text) {
        return text.substring(start, end);
    }
}
