package org.dossier.extract.figure;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one number at a word position: digits ({@code 529,000}, {@code 14.9}) or number words ({@code one million},
 * {@code twenty-five}, {@code a dozen}), followed by scale words ({@code billion}). Rejects numbers that are part of
 * ordinals ({@code 2nd}), times ({@code 16:09}), dates ({@code February 7}), labels ({@code Q1}) and codes ({@code 2+2}).
 */
final class NumberReader {

    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90));

    private static final Map<String, BigDecimal> SCALE_WORDS = Map.of(
            "thousand", BigDecimal.TEN.pow(3), "million", BigDecimal.TEN.pow(6),
            "billion", BigDecimal.TEN.pow(9), "trillion", BigDecimal.TEN.pow(12));

    /** Abbreviated scales, accepted only when written against the digits ({@code $1.5bn}, {@code $300m}) of an amount of money. */
    private static final Map<String, BigDecimal> SCALE_ABBREVIATIONS = Map.of(
            "k", BigDecimal.TEN.pow(3), "m", BigDecimal.TEN.pow(6), "mn", BigDecimal.TEN.pow(6), "mln", BigDecimal.TEN.pow(6),
            "b", BigDecimal.TEN.pow(9), "bn", BigDecimal.TEN.pow(9), "bln", BigDecimal.TEN.pow(9),
            "tn", BigDecimal.TEN.pow(12), "trn", BigDecimal.TEN.pow(12));

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal DOZEN = BigDecimal.valueOf(12);

    private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");
    private static final Set<String> JOINERS = Set.of(":", "+", "/", "#", ".", "×", "x");
    private static final Set<String> MONTHS = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    private NumberReader() {
    }

    /**
     * The number starting at word {@code i}, or null.
     *
     * @param money true when the number is an amount of money, which allows abbreviated scales such as {@code bn}
     */
    static NumberMatch read(List<Word> words, int i, boolean money) {
        if (i >= words.size()) {
            return null;
        }
        NumberMatch base = words.get(i).isDigits() ? readDigits(words, i) : readWords(words, i);
        return base == null ? null : readScale(words, base, money);
    }

    private static NumberMatch readDigits(List<Word> words, int i) {
        Word w = words.get(i);
        Word prev = i > 0 ? words.get(i - 1) : null;
        Word next = i + 1 < words.size() ? words.get(i + 1) : null;
        if (prev != null && prev.touches(w) && (prev.isLetters() || JOINERS.contains(prev.text()))) {
            return null;
        }
        if (next != null && w.touches(next)
                && (ORDINAL_SUFFIXES.contains(next.lower()) || JOINERS.contains(next.text()) && isDigitsAt(words, i + 2))) {
            return null;
        }
        if (next != null && w.touches(next) && next.is("+")) {
            return null;
        }
        if (isDateAround(words, i) || isCodeChain(words, i)) {
            return null;
        }
        String digits = w.text().replace(",", "");
        boolean yearLike = digits.length() == 4 && !w.text().contains(",") && digits.charAt(0) >= '1' && digits.charAt(0) <= '2';
        return new NumberMatch(new BigDecimal(digits), BigDecimal.ONE, i, i + 1, false, yearLike);
    }

    private static NumberMatch readWords(List<Word> words, int i) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal current = BigDecimal.ZERO;
        boolean scaled = false;
        boolean any = false;
        int j = i;
        if (words.get(i).is("a") || words.get(i).is("an")) {
            if (!isScaleWord(words, i + 1)) {
                return null;
            }
            current = BigDecimal.ONE;
            j++;
        }
        for (; j < words.size(); j++) {
            String lower = words.get(j).lower();
            BigDecimal small = smallValue(lower);
            if (small != null && current.signum() == 0) {
                current = small;
            } else if (lower.equals("hundred")) {
                current = orOne(current).multiply(HUNDRED);
                scaled = true;
            } else if (lower.equals("dozen")) {
                current = orOne(current).multiply(DOZEN);
                scaled = true;
            } else if (SCALE_WORDS.containsKey(lower) && (any || current.signum() > 0)) {
                total = total.add(orOne(current).multiply(SCALE_WORDS.get(lower)));
                current = BigDecimal.ZERO;
                scaled = true;
            } else {
                break;
            }
            any = true;
        }
        if (!any) {
            return null;
        }
        return new NumberMatch(total.add(current), BigDecimal.ONE, i, j, scaled, false);
    }

    private static NumberMatch readScale(List<Word> words, NumberMatch base, boolean money) {
        int j = base.end();
        if (j < words.size() && words.get(base.first()).isDigits()) {
            Word next = words.get(j);
            BigDecimal abbreviation = SCALE_ABBREVIATIONS.get(next.lower());
            if (money && abbreviation != null && words.get(j - 1).touches(next)) {
                return base.withScale(abbreviation, j + 1);
            }
            if (next.is("hundred")) {
                base = base.withScale(HUNDRED, ++j);
            }
        }
        NumberMatch result = base;
        while (j < words.size() && SCALE_WORDS.containsKey(words.get(j).lower()) && words.get(base.first()).isDigits()) {
            result = result.withScale(SCALE_WORDS.get(words.get(j).lower()), j + 1);
            j++;
        }
        return result;
    }

    private static boolean isScaleWord(List<Word> words, int i) {
        if (i >= words.size()) {
            return false;
        }
        String lower = words.get(i).lower();
        return SCALE_WORDS.containsKey(lower) || lower.equals("hundred") || lower.equals("dozen");
    }

    /** Value of {@code one}..{@code ninety} and hyphenated {@code twenty-five}, else null. */
    private static BigDecimal smallValue(String lower) {
        Integer v = SMALL.get(lower);
        if (v != null) {
            return BigDecimal.valueOf(v);
        }
        int dash = lower.indexOf('-');
        if (dash > 0) {
            Integer tens = SMALL.get(lower.substring(0, dash));
            Integer ones = SMALL.get(lower.substring(dash + 1));
            if (tens != null && ones != null && tens >= 20 && tens % 10 == 0 && ones < 10) {
                return BigDecimal.valueOf(tens + ones);
            }
        }
        return null;
    }

    private static BigDecimal orOne(BigDecimal v) {
        return v.signum() == 0 ? BigDecimal.ONE : v;
    }

    private static boolean isDigitsAt(List<Word> words, int i) {
        return i < words.size() && words.get(i).isDigits();
    }

    /** {@code February 7}, {@code Jan. 20}, {@code 7 February}, {@code February 7, 2025}. */
    private static boolean isDateAround(List<Word> words, int i) {
        if (i >= 1 && MONTHS.contains(words.get(i - 1).lower()) && words.get(i - 1).isCapitalized()) {
            return true;
        }
        if (i >= 2 && words.get(i - 1).is(".") && MONTHS.contains(words.get(i - 2).lower()) && words.get(i - 2).isCapitalized()) {
            return true;
        }
        if (i >= 3 && words.get(i - 1).is(",") && isDigitsAt(words, i - 2) && isDateAround(words, i - 2)) {
            return true;
        }
        return i + 1 < words.size() && MONTHS.contains(words.get(i + 1).lower()) && words.get(i + 1).isCapitalized();
    }

    /** Digits joined by hyphens into a chain of three or more ({@code 555-123-4567}, {@code 2025-02-07}). */
    private static boolean isCodeChain(List<Word> words, int i) {
        int first = i;
        while (first >= 2 && words.get(first - 1).is("-") && words.get(first - 2).isDigits()
                && words.get(first - 2).touches(words.get(first - 1)) && words.get(first - 1).touches(words.get(first))) {
            first -= 2;
        }
        int last = i;
        while (last + 2 < words.size() && words.get(last + 1).is("-") && words.get(last + 2).isDigits()
                && words.get(last).touches(words.get(last + 1)) && words.get(last + 1).touches(words.get(last + 2))) {
            last += 2;
        }
        return last - first >= 4;
    }
}
