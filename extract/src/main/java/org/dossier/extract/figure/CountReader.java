package org.dossier.extract.figure;

import java.util.List;
import java.util.Set;

/**
 * Reads a count of something: a number of at least ten followed by a counted plural noun, with up to two modifiers
 * between ({@code 529,000 workers}, {@code nearly one million American jobs}). Durations and measures are not counts.
 */
final class CountReader {

    /** A count: the number, the counted noun as unit, and the words from the first modifier to the noun. */
    record Count(NumberMatch number, int end, String unit, int phraseStart) {
    }

    static final double MIN_COUNT = 10;
    private static final int MAX_MODIFIERS = 2;

    private static final Set<String> IRREGULAR_PLURALS = Set.of(
            "people", "children", "men", "women", "personnel", "staff", "police", "cattle", "sheep", "fish");

    private static final Set<String> NOT_COUNTED = Set.of(
            "years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades", "centuries", "times",
            "miles", "kilometers", "kilometres", "meters", "metres", "feet", "inches", "tons", "tonnes", "kilograms",
            "grams", "pounds", "degrees", "acres", "hectares", "liters", "litres", "gallons", "percent", "points", "ones",
            "sides", "ways", "terms", "others", "thousands", "millions", "billions", "hundreds", "dozens", "tens");

    /** Capitalized words that make the next number a label rather than a count ({@code Article 5}). */
    private static final Set<String> LABELS = Set.of(
            "article", "section", "chapter", "clause", "paragraph", "no", "number", "resolution", "route", "flight", "room",
            "page", "item", "phase", "level", "grade", "class", "group", "part", "rule", "amendment", "title", "act");

    private CountReader() {
    }

    /** The count starting at word {@code i}, or null. */
    static Count read(List<Word> words, int i) {
        if (i > 0 && LABELS.contains(words.get(i - 1).lower())) {
            return null;
        }
        NumberMatch n = NumberReader.read(words, i, false);
        if (n == null || n.yearLike() || n.value().doubleValue() < MIN_COUNT) {
            return null;
        }
        for (int k = n.end(); k < words.size() && k <= n.end() + MAX_MODIFIERS; k++) {
            Word w = words.get(k);
            if (isCountedNoun(w)) {
                return new Count(n, k + 1, w.lower(), n.end());
            }
            if (!isModifier(w)) {
                return null;
            }
        }
        return null;
    }

    /** A lowercase plural noun such as {@code jobs}, {@code troops}, {@code people}. */
    static boolean isCountedNoun(Word w) {
        String t = w.text();
        if (!w.isLetters() || w.isCapitalized() || FunctionWords.contains(w) || NOT_COUNTED.contains(t)) {
            return false;
        }
        if (IRREGULAR_PLURALS.contains(t)) {
            return true;
        }
        return t.length() >= 4 && t.endsWith("s") && !t.endsWith("ss") && !t.endsWith("us") && !t.endsWith("is")
                && !t.endsWith("'s") && !t.endsWith("’s");
    }

    private static boolean isModifier(Word w) {
        if (w.is("more") || w.is("additional") || w.is("new") || w.is("extra")) {
            return true;
        }
        return w.isLetters() && !FunctionWords.contains(w) && !w.lower().endsWith("ing");
    }
}
