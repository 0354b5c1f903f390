package org.dossier.extract.figure;

/** One word, number or symbol of a sentence, with its offsets in the source text (end exclusive). */
record Word(int start, int end, String text) {

    boolean isDigits() {
        return Character.isDigit(text.charAt(0));
    }

    boolean isLetters() {
        return Character.isLetter(text.charAt(0));
    }

    boolean is(String s) {
        return text.equalsIgnoreCase(s);
    }

    String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }

    boolean isCapitalized() {
        return Character.isUpperCase(text.charAt(0));
    }

    /** True when {@code next} starts right where this word ends, with no space between. */
    boolean touches(Word next) {
        return end == next.start;
    }
}
