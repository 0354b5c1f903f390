package org.dossier.present.internal;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;

/**
 * Formats a figure's value and unit for people: {@code 5.9e10 USD} is {@code $59 billion}, {@code [20, 60] percent} is
 * {@code 20–60 percent}, {@code 1500 jobs} is {@code 1,500 jobs}. Other currency codes follow the number ({@code 3 billion CNY}).
 */
public final class FigureFormat {

    private static final Map<String, String> CURRENCY_SYMBOLS = Map.of("USD", "$", "EUR", "\u20ac", "GBP", "\u00a3", "JPY", "\u00a5");
    private static final double[] SCALES = {1e12, 1e9, 1e6};
    private static final String[] SCALE_WORDS = {"trillion", "billion", "million"};
    private static final String EN_DASH = "\u2013";

    private FigureFormat() {
    }

    /** The value ({@code low}, or {@code low}–{@code high} when they differ) with its unit; {@code unit} may be null. */
    public static String format(double low, double high, String unit) {
        String symbol = unit == null ? null : CURRENCY_SYMBOLS.get(unit);
        String prefix = symbol == null ? "" : symbol;
        String suffix = unit == null || symbol != null ? "" : " " + unit;
        if (low == high) {
            return prefix + scaled(low) + suffix;
        }
        String lowWord = scaleWord(low);
        if (lowWord.equals(scaleWord(high))) {
            String scaleSuffix = lowWord.isEmpty() ? "" : " " + lowWord;
            return prefix + plain(low / scale(low)) + EN_DASH + plain(high / scale(high)) + scaleSuffix + suffix;
        }
        return prefix + scaled(low) + EN_DASH + prefix + scaled(high) + suffix;
    }

    private static String scaled(double value) {
        String word = scaleWord(value);
        return word.isEmpty() ? plain(value) : plain(value / scale(value)) + " " + word;
    }

    private static double scale(double value) {
        for (double s : SCALES) {
            if (Math.abs(value) >= s) {
                return s;
            }
        }
        return 1;
    }

    private static String scaleWord(double value) {
        for (int i = 0; i < SCALES.length; i++) {
            if (Math.abs(value) >= SCALES[i]) {
                return SCALE_WORDS[i];
            }
        }
        return "";
    }

    private static String plain(double value) {
        if (!Double.isFinite(value)) {
            return "?";
        }
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }
}
