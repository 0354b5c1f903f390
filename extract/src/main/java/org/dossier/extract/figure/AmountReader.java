package org.dossier.extract.figure;

import java.util.List;

/**
 * Reads money ({@code $59 billion}, {@code 1.2 trillion yen}, {@code EUR 5 million}) and percentages ({@code 2 percent},
 * {@code 2%}, {@code 65.5 per cent}) at a word position, or a bare number that may open a range.
 */
final class AmountReader {

    static final String PERCENT = "percent";
    static final String PERCENTAGE_POINTS = "percentage points";

    private AmountReader() {
    }

    /** The amount starting at word {@code i}, or null when no number starts there. */
    static Amount read(List<Word> words, int i) {
        if (i >= words.size()) {
            return null;
        }
        Currencies.Marker prefix = Currencies.prefix(words, i);
        if (prefix != null) {
            NumberMatch n = NumberReader.read(words, prefix.end(), true);
            return n == null ? null : new Amount(i, n.end(), n.value(), n.factor(), prefix.code(), false);
        }
        NumberMatch money = NumberReader.read(words, i, true);
        if (money == null) {
            return null;
        }
        Currencies.Marker suffix = Currencies.suffix(words, money.end());
        if (suffix != null) {
            return new Amount(i, suffix.end(), money.value(), money.factor(), suffix.code(), false);
        }
        NumberMatch n = NumberReader.read(words, i, false);
        int unitEnd = percentEnd(words, n.end());
        if (unitEnd > 0) {
            return new Amount(i, unitEnd, n.value(), n.factor(), PERCENT, false);
        }
        int pointsEnd = pointsEnd(words, n.end());
        if (pointsEnd > 0) {
            return new Amount(i, pointsEnd, n.value(), n.factor(), PERCENTAGE_POINTS, false);
        }
        return new Amount(i, n.end(), n.value(), n.factor(), null, n.yearLike());
    }

    /** End of {@code %}, {@code percent}, {@code per cent} or {@code pct} at word {@code i}, or -1. */
    private static int percentEnd(List<Word> words, int i) {
        if (i >= words.size()) {
            return -1;
        }
        Word w = words.get(i);
        if (w.is("%") || w.is("percent") || w.is("pct")) {
            return i + 1;
        }
        if (w.is("per") && i + 1 < words.size() && words.get(i + 1).is("cent")) {
            return i + 2;
        }
        return -1;
    }

    private static int pointsEnd(List<Word> words, int i) {
        if (i + 1 < words.size() && words.get(i).is("percentage")
                && (words.get(i + 1).is("points") || words.get(i + 1).is("point"))) {
            return i + 2;
        }
        return -1;
    }
}
