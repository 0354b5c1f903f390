package org.dossier.extract.figure;

import java.util.List;
import java.util.Set;

/**
 * Finds what a figure measures, in the text's words: the noun phrase right after it ({@code $68.5 billion trade surplus}),
 * else its {@code of} phrase ({@code 2 percent of GDP}), else the noun phrase before a linking verb
 * ({@code the deficit was $5 billion}). Returns null when none is found rather than guessing.
 */
final class SubjectFinder {

    private static final int MAX_WORDS = 6;

    private static final Set<String> APPROXIMATIONS = Set.of(
            "approximately", "nearly", "about", "almost", "around", "roughly", "some", "over", "under", "just", "only",
            "perhaps", "than", "more", "less", "up", "to", "at", "by", "an", "estimated", "exactly", "least");

    private static final Set<String> LINKING_VERBS = Set.of(
            "is", "was", "are", "were", "be", "been", "stood", "stands", "totaled", "totalled", "totals", "reached", "reaches",
            "hit", "rose", "rises", "fell", "falls", "grew", "grows", "increased", "decreased", "climbed", "dropped",
            "amounted", "amounts", "came", "comes", "jumped", "declined");

    /** Words that open a time phrase rather than a subject ({@code $5 billion last year}). */
    private static final Set<String> TIME_WORDS = Set.of(
            "last", "next", "year", "years", "month", "months", "week", "weeks", "day", "days", "ago", "earlier", "later",
            "today", "yesterday", "tomorrow", "now", "annually", "a");

    private SubjectFinder() {
    }

    /** The subject of the figure on words {@code [first, end)} of {@code text}, or null. */
    static String find(String text, List<Word> words, int first, int end) {
        String after = phraseAfter(text, words, end, true);
        if (after != null) {
            return after;
        }
        if (end < words.size() && words.get(end).is("of")) {
            int k = end + 1;
            while (k < words.size() && FunctionWords.isDeterminer(words.get(k))) {
                k++;
            }
            String of = phraseAfter(text, words, k, false);
            if (of != null) {
                return of;
            }
        }
        return phraseBeforeLinkingVerb(text, words, first);
    }

    private static String phraseAfter(String text, List<Word> words, int from, boolean allowTo) {
        if (from >= words.size() || isVerbLike(words.get(from)) || TIME_WORDS.contains(words.get(from).lower())) {
            return null;
        }
        int last = -1;
        for (int k = from; k < words.size() && k < from + MAX_WORDS; k++) {
            Word w = words.get(k);
            boolean linkingTo = allowTo && w.is("to") && last >= 0 && k + 1 < words.size() && isContent(words.get(k + 1));
            if (!isContent(w) && !linkingTo) {
                break;
            }
            if (!linkingTo) {
                last = k;
            }
        }
        return last < 0 ? null : text.substring(words.get(from).start(), words.get(last).end());
    }

    private static String phraseBeforeLinkingVerb(String text, List<Word> words, int first) {
        int k = first - 1;
        while (k >= 0 && APPROXIMATIONS.contains(words.get(k).lower())) {
            k--;
        }
        if (k < 0 || !LINKING_VERBS.contains(words.get(k).lower())) {
            return null;
        }
        k--;
        while (k >= 0 && (words.get(k).is("has") || words.get(k).is("have") || words.get(k).is("had"))) {
            k--;
        }
        int last = k;
        while (k >= 0 && last - k < MAX_WORDS && isContent(words.get(k))) {
            k--;
        }
        if (k == last || k >= 0 && FunctionWords.contains(words.get(k)) && !FunctionWords.isDeterminer(words.get(k))) {
            return null; // none, or only the tail of a longer phrase ("costs of ... equipment")
        }
        return text.substring(words.get(k + 1).start(), words.get(last).end());
    }

    private static boolean isContent(Word w) {
        return (w.isLetters() || w.isDigits() && !w.text().contains(".")) && !FunctionWords.contains(w);
    }

    private static boolean isVerbLike(Word w) {
        String lower = w.lower();
        return !w.isCapitalized() && (lower.endsWith("ed") || lower.endsWith("ing"));
    }
}
