package org.dossier.reconcile.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits plain text into sentences without a model. A line break ends a paragraph and so a sentence. Inside a line a
 * sentence ends at {@code .}, {@code !} or {@code ?} (plus closing quotes and brackets) before whitespace and a word that
 * does not start lowercase, unless the period belongs to an abbreviation: a title ({@code Mr.}), an initial ({@code J.}), a
 * month before a number ({@code Feb. 7}), or a dotted acronym ({@code U.S.}) not followed by a typical sentence opener.
 * Stateless and thread-safe.
 */
public final class SentenceSplitter {

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gen", "gov", "lt",
            "col", "st", "rev", "sgt", "capt", "cmdr", "adm", "maj", "pres", "hon", "messrs", "mt", "ft", "fr", "sr", "supt",
            "insp", "det", "cpl", "pvt", "brig", "gens", "reps", "sens");
    private static final Set<String> BEFORE_NUMBER = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "no", "nos", "art", "p", "pp", "vol", "ch", "sec", "fig", "approx");
    private static final Set<String> SOFT = Set.of("inc", "corp", "ltd", "co", "vs", "etc", "jr", "bros", "dept", "univ",
            "est", "assn", "ave", "blvd", "rd", "cf", "al", "e.g", "i.e");
    /** Capitalized words that usually start a sentence: after an acronym or a soft abbreviation, they mark a sentence end. */
    private static final Set<String> OPENERS = Set.copyOf(List.of("the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this",
            "that", "these", "those", "there", "his", "her", "its", "their", "our", "in", "on", "at", "but", "and", "however",
            "meanwhile", "after", "before", "when", "while", "according", "as", "if", "although", "since", "police",
            "officials", "both", "some", "many", "most", "several", "one", "two", "three", "last", "earlier", "later", "also",
            "on", "for", "from", "with", "during", "other", "another", "such", "so", "yet", "then", "now", "today"));

    /** The sentences of {@code text}, in order. Blank lines produce none. */
    public List<SentenceSpan> split(String text) {
        List<SentenceSpan> out = new ArrayList<>();
        int paragraph = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = lineEnd(text, lineStart);
            if (splitLine(text, lineStart, lineEnd, paragraph, out)) {
                paragraph++;
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    private static int lineEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    /** Adds the sentences of one line; true when it had any. */
    private boolean splitLine(String text, int from, int to, int paragraph, List<SentenceSpan> out) {
        int before = out.size();
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int j = i + 1;
            while (j < to && (text.charAt(j) == '.' || text.charAt(j) == '!' || text.charAt(j) == '?')) {
                j++;
            }
            while (j < to && isCloser(text.charAt(j))) {
                j++;
            }
            if (j < to && !Character.isWhitespace(text.charAt(j))) {
                continue;
            }
            int next = j;
            while (next < to && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next < to) {
                if (Character.isLowerCase(text.charAt(next))) {
                    continue;
                }
                if (c == '.' && j == i + 1 && isAbbreviation(text, from, i, nextWord(text, next, to))) {
                    continue;
                }
            }
            add(text, start, j, paragraph, true, out);
            start = next;
            i = Math.max(i, next - 1);
        }
        add(text, start, to, paragraph, false, out);
        return out.size() > before;
    }

    private static void add(String text, int start, int end, int paragraph, boolean terminated, List<SentenceSpan> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            boolean ends = terminated || endsSentence(text, start, end);
            out.add(new SentenceSpan(start, end, paragraph, out.size(), ends));
        }
    }

    private static boolean endsSentence(String text, int start, int end) {
        int i = end - 1;
        while (i > start && isCloser(text.charAt(i))) {
            i--;
        }
        char c = text.charAt(i);
        return c == '.' || c == '!' || c == '?';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019' || c == '\u00BB';
    }

    private static String nextWord(String text, int from, int to) {
        int i = from;
        while (i < to && !Character.isLetterOrDigit(text.charAt(i)) && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        int b = i;
        while (i < to && Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return text.substring(b, i);
    }

    /** Whether the period at {@code dot} ends an abbreviation rather than the sentence, given the next word. */
    static boolean isAbbreviation(String text, int lineStart, int dot, String next) {
        int b = dot;
        while (b > lineStart && !Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        while (b < dot && !Character.isLetterOrDigit(text.charAt(b))) {
            b++;
        }
        String word = text.substring(b, dot);
        if (word.isEmpty()) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        boolean opener = !next.isEmpty() && OPENERS.contains(next.toLowerCase(Locale.ROOT));
        boolean digitNext = !next.isEmpty() && Character.isDigit(next.charAt(0));
        if (TITLES.contains(lower)) {
            return true;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return !opener;
        }
        if (BEFORE_NUMBER.contains(lower)) {
            return digitNext;
        }
        if (word.indexOf('.') > 0 || SOFT.contains(lower)) {
            return !opener;
        }
        return false;
    }
}
