package org.dossier.ingest.text;

import java.util.regex.Pattern;

/** Shape tests on one line of text (word counts, sentence endings, title shape), independent of its position. */
public final class LineShape {

    /** Words a paragraph needs before its line counts as running text. */
    public static final int PARAGRAPH_MIN_WORDS = 8;
    /** Longest line still taken for a headline. */
    public static final int TITLE_MAX_WORDS = 25;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}'’.\\-]*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…:][\"'”’»)\\]]*$");
    private static final Pattern PERIOD_END = Pattern.compile("[.;:,][\"'”’»)\\]]*$");
    private static final Pattern BULLET_MARKER = Pattern.compile("^[-–—•*·▪●◦>]+$");
    private static final Pattern BULLET = Pattern.compile("^(?:[-–—•*·▪●◦]|\\d{1,2}[.)])\\s+\\S.*");

    private LineShape() {
    }

    /** Strips whitespace at both ends, counting non-breaking and zero-width spaces as whitespace. */
    public static String clean(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    public static int words(String s) {
        int n = 0;
        var m = WORD.matcher(s);
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Ends like a sentence: {@code . ! ? … :}, possibly followed by closing quotes or brackets. */
    public static boolean endsSentence(String s) {
        return SENTENCE_END.matcher(clean(s)).find();
    }

    /** Running text: at least {@link #PARAGRAPH_MIN_WORDS} words and a sentence ending. */
    public static boolean isParagraph(String s) {
        return words(s) >= PARAGRAPH_MIN_WORDS && endsSentence(s);
    }

    /** Running text: a paragraph that is not capitalised like a headline. */
    public static boolean isRunningText(String s) {
        return isParagraph(s) && !isHeadlineCased(s);
    }

    /**
     * Capitalised like a headline: at least three words of four letters or more, and three quarters of them
     * start with a capital ({@code Can Japan's Ishiba Build a Good Relationship With Trump?}).
     */
    public static boolean isHeadlineCased(String s) {
        int longWords = 0;
        int capitalised = 0;
        var m = WORD.matcher(s);
        while (m.find()) {
            String w = m.group();
            if (w.codePoints().filter(Character::isLetter).count() >= 4) {
                longWords++;
                if (Character.isUpperCase(w.codePointAt(0))) {
                    capitalised++;
                }
            }
        }
        return longWords >= 3 && capitalised >= 0.75 * longWords;
    }

    /** A short sentence such as a caption: at least four words and a sentence ending other than a question. */
    public static boolean isShortSentence(String s) {
        String c = clean(s);
        return words(c) >= 4 && endsSentence(c) && !c.replaceAll("[\"'”’»)\\]]+$", "").endsWith("?");
    }

    /** A lone list marker such as {@code -} or {@code •}. */
    public static boolean isBulletMarker(String s) {
        return BULLET_MARKER.matcher(clean(s)).matches();
    }

    /** A list item: a marker or number, a space, then text. */
    public static boolean isBullet(String s) {
        return BULLET.matcher(clean(s)).matches();
    }

    /**
     * Shaped like a headline: 2 to {@link #TITLE_MAX_WORDS} words, starting with a capital, digit or quote,
     * and not ending in {@code . , ; :}. A question or exclamation mark is allowed.
     */
    public static boolean isTitleShaped(String s) {
        String c = clean(s);
        int w = words(c);
        if (w < 2 || w > TITLE_MAX_WORDS || c.length() > 200 || PERIOD_END.matcher(c).find() || isBullet(c)) {
            return false;
        }
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            if (Character.isLetterOrDigit(ch)) {
                return Character.isUpperCase(ch) || Character.isDigit(ch) || !Character.isLowerCase(ch);
            }
            if (!"\"'“‘«([".contains(String.valueOf(ch))) {
                return false;
            }
        }
        return false;
    }
}
