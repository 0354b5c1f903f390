package org.dossier.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * A text with curly quotes mapped to straight ones and every run of whitespace made one space, keeping for each normalized
 * character the offset of the original character it came from, so snippets found in the normalized text can be compared
 * with evidence offsets into the original.
 */
final class NormalizedText {
    private final String original;
    private final String normalized;
    private final int[] originalOffset;

    private NormalizedText(String original, String normalized, int[] originalOffset) {
        this.original = original;
        this.normalized = normalized;
        this.originalOffset = originalOffset;
    }

    /** Normalizes {@code text}, keeping the offset map. */
    static NormalizedText of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] map = new int[text.length()];
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (!inSpace) {
                    map[out.length()] = i;
                    out.append(' ');
                    inSpace = true;
                }
                continue;
            }
            inSpace = false;
            map[out.length()] = i;
            out.append(straighten(c));
        }
        return new NormalizedText(text, out.toString(), map);
    }

    /** The normalized form of {@code text}, trimmed: what snippets and names are compared as. */
    static String normalize(String text) {
        return of(text).normalized.strip();
    }

    String original() {
        return original;
    }

    String normalized() {
        return normalized;
    }

    /**
     * Every place where the normalized, trimmed {@code snippet} occurs, as ranges of original offsets (non-overlapping
     * occurrences, left to right). Empty when the snippet is blank or does not occur.
     */
    List<Range> find(String snippet) {
        String needle = normalize(snippet);
        List<Range> found = new ArrayList<>();
        if (needle.isEmpty()) {
            return found;
        }
        for (int at = normalized.indexOf(needle); at >= 0; at = normalized.indexOf(needle, at + needle.length())) {
            found.add(new Range(originalOffset[at], originalOffset[at + needle.length() - 1] + 1));
        }
        return found;
    }

    /** Whether {@code surface} occurs as a whole word sequence (no letter or digit right before or after it). */
    boolean containsWords(String surface, boolean caseSensitive) {
        String needle = normalize(surface);
        String hay = normalized;
        if (!caseSensitive) {
            needle = needle.toLowerCase(java.util.Locale.ROOT);
            hay = hay.toLowerCase(java.util.Locale.ROOT);
        }
        if (needle.isEmpty()) {
            return false;
        }
        for (int at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
            int end = at + needle.length();
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(hay.charAt(at - 1));
            boolean endsWord = end == hay.length() || !Character.isLetterOrDigit(hay.charAt(end));
            if (startsWord && endsWord) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static char straighten(char c) {
        return switch (c) {
            case '\u2018', '\u2019' -> '\'';
            case '\u201C', '\u201D' -> '"';
            default -> c;
        };
    }

    /** A range of original offsets, end exclusive. */
    record Range(int start, int end) {
        int length() {
            return end - start;
        }

        /** How many characters this range shares with [{@code otherStart}, {@code otherEnd}). */
        int overlap(int otherStart, int otherEnd) {
            return Math.max(0, Math.min(end, otherEnd) - Math.max(start, otherStart));
        }
    }
}
