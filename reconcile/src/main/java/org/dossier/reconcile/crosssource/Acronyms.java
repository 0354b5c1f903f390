package org.dossier.reconcile.crosssource;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Acronyms a corpus defines in parentheses ("foreign direct investment (FDI)"), found by matching the acronym's letters
 * with the initials of the words before it, so that a sentence using only the acronym can be compared with one spelling
 * it out. Immutable.
 */
final class Acronyms {

    private static final Pattern DEFINITION = Pattern.compile("\\(([A-Z][A-Za-z]{1,7})\\)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\-]*");

    private final Map<String, String> longForms;
    private final Pattern uses;

    private Acronyms(Map<String, String> longForms) {
        this.longForms = Map.copyOf(longForms);
        this.uses = longForms.isEmpty() ? null
                : Pattern.compile("\\b(" + String.join("|", longForms.keySet().stream().map(Pattern::quote).toList()) + ")\\b");
    }

    /** The acronyms defined anywhere in {@code texts}; the first definition of each wins. */
    static Acronyms definedIn(Collection<String> texts) {
        Map<String, String> found = new LinkedHashMap<>();
        for (String text : texts) {
            Matcher m = DEFINITION.matcher(text);
            while (m.find()) {
                String acronym = m.group(1);
                if (acronym.chars().filter(Character::isUpperCase).count() < 2 || found.containsKey(acronym)) {
                    continue;
                }
                String longForm = longForm(acronym, text.substring(Math.max(0, m.start() - 120), m.start()));
                if (longForm != null) {
                    found.put(acronym, longForm);
                }
            }
        }
        return new Acronyms(found);
    }

    /** The words just before an acronym whose initials spell it, or null. */
    private static String longForm(String acronym, String before) {
        java.util.List<int[]> words = new java.util.ArrayList<>();
        Matcher w = WORD.matcher(before);
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        String letters = acronym.toLowerCase(Locale.ROOT);
        int n = letters.length();
        if (words.size() < n || !before.substring(words.get(words.size() - 1)[1]).isBlank()) {
            return null;
        }
        for (int k = 0; k < n; k++) {
            int[] word = words.get(words.size() - n + k);
            if (Character.toLowerCase(before.charAt(word[0])) != letters.charAt(k)) {
                return null;
            }
        }
        return before.substring(words.get(words.size() - n)[0], words.get(words.size() - 1)[1]);
    }

    /** {@code text} with each defined acronym standing alone followed by its long form in parentheses. */
    String expand(String text) {
        if (uses == null) {
            return text;
        }
        Matcher m = uses.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean defined = m.start() > 0 && text.charAt(m.start() - 1) == '(';
            m.appendReplacement(out, Matcher.quoteReplacement(defined ? m.group() : m.group() + " (" + longForms.get(m.group()) + ")"));
        }
        m.appendTail(out);
        return out.toString();
    }

    Map<String, String> longForms() {
        return longForms;
    }
}
