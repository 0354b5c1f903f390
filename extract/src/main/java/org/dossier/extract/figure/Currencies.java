package org.dossier.extract.figure;

import java.util.List;
import java.util.Map;

/** Currency markers and their ISO 4217 codes: symbols ({@code $}, {@code US$}, {@code ¥}), codes ({@code EUR}) and words ({@code yen}). */
final class Currencies {

    private static final Map<String, String> SYMBOLS = Map.of(
            "$", "USD", "€", "EUR", "£", "GBP", "¥", "JPY", "₩", "KRW", "₹", "INR");

    /** Letters written against {@code $}: {@code US$}, {@code A$}, {@code HK$}. */
    private static final Map<String, String> DOLLAR_PREFIXES = Map.of(
            "US", "USD", "A", "AUD", "C", "CAD", "HK", "HKD", "S", "SGD", "NZ", "NZD", "NT", "TWD");

    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("USD", "USD"), Map.entry("EUR", "EUR"), Map.entry("JPY", "JPY"), Map.entry("GBP", "GBP"),
            Map.entry("CNY", "CNY"), Map.entry("RMB", "CNY"), Map.entry("CHF", "CHF"), Map.entry("CAD", "CAD"),
            Map.entry("AUD", "AUD"), Map.entry("KRW", "KRW"), Map.entry("INR", "INR"), Map.entry("HKD", "HKD"),
            Map.entry("SGD", "SGD"), Map.entry("TWD", "TWD"));

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("dollar", "USD"), Map.entry("dollars", "USD"), Map.entry("yen", "JPY"), Map.entry("euro", "EUR"),
            Map.entry("euros", "EUR"), Map.entry("pound", "GBP"), Map.entry("pounds", "GBP"), Map.entry("yuan", "CNY"),
            Map.entry("renminbi", "CNY"), Map.entry("rupees", "INR"), Map.entry("rupee", "INR"));

    private static final Map<String, String> DOLLAR_ADJECTIVES = Map.of(
            "canadian", "CAD", "australian", "AUD", "singapore", "SGD", "taiwan", "TWD");

    private Currencies() {
    }

    /** A currency written before an amount, starting at word {@code i}. */
    record Marker(String code, int first, int end) {
    }

    /** The currency marker starting at word {@code i} and followed by a number ({@code $}, {@code US$}, {@code EUR}), or null. */
    static Marker prefix(List<Word> words, int i) {
        Word w = words.get(i);
        if (SYMBOLS.containsKey(w.text())) {
            return new Marker(SYMBOLS.get(w.text()), i, i + 1);
        }
        if (i + 1 < words.size() && words.get(i + 1).is("$") && w.touches(words.get(i + 1)) && DOLLAR_PREFIXES.containsKey(w.text())) {
            return new Marker(DOLLAR_PREFIXES.get(w.text()), i, i + 2);
        }
        if (CODES.containsKey(w.text()) && i + 1 < words.size() && words.get(i + 1).isDigits()) {
            return new Marker(CODES.get(w.text()), i, i + 1);
        }
        return null;
    }

    /** The currency written after an amount, at word {@code i} ({@code yen}, {@code US dollars}, {@code EUR}), or null. */
    static Marker suffix(List<Word> words, int i) {
        if (i >= words.size()) {
            return null;
        }
        Word w = words.get(i);
        if (CODES.containsKey(w.text())) {
            return new Marker(CODES.get(w.text()), i, i + 1);
        }
        String word = WORDS.get(w.lower());
        if (word != null) {
            return new Marker(word, i, i + 1);
        }
        if (i + 1 < words.size() && words.get(i + 1).lower().startsWith("dollar")) {
            if (w.is("US")) {
                return new Marker("USD", i, i + 2);
            }
            String adjective = DOLLAR_ADJECTIVES.get(w.lower());
            if (adjective != null) {
                return new Marker(adjective, i, i + 2);
            }
        }
        return null;
    }
}
