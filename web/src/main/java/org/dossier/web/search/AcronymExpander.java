package org.dossier.web.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Abbreviations defined in a set of texts ("liquefied natural gas (LNG)"), and sentences with each later bare use
 * spelled out ("American LNG" becomes "American LNG (liquefied natural gas)"), so that search finds a sentence by the
 * words it abbreviates. Definitions are found with the Schwartz–Hearst algorithm (2003): the letters of the short form
 * must appear, in order, in the words just before the parenthesis, its first letter at the start of a word. Immutable.
 */
public final class AcronymExpander {

    /** A short form: one token of 2–10 characters starting with a capital and holding at least two capitals. */
    private static final Pattern DEFINITION = Pattern.compile("\\(([A-Z][A-Za-z0-9&-]{1,9})\\)");
    private static final Pattern CAPITALS = Pattern.compile(".*[A-Z].*[A-Z].*");
    private static final AcronymExpander NONE = new AcronymExpander(Map.of());

    private final Map<String, String> longForms;
    private final Map<String, Pattern> uses = new LinkedHashMap<>();

    private AcronymExpander(Map<String, String> longForms) {
        this.longForms = Map.copyOf(longForms);
        this.longForms.keySet().stream().sorted()
                .forEach(s -> uses.put(s, Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(s) + "(?![\\p{L}\\p{N}])")));
    }

    /** An expander that changes nothing. */
    public static AcronymExpander none() {
        return NONE;
    }

    /** The definitions found in {@code texts}; when a short form is defined twice, the first definition counts. */
    public static AcronymExpander learn(List<String> texts) {
        Map<String, String> found = new LinkedHashMap<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            Matcher m = DEFINITION.matcher(text);
            while (m.find()) {
                String shortForm = m.group(1);
                if (!CAPITALS.matcher(shortForm).matches() || found.containsKey(shortForm)) {
                    continue;
                }
                String longForm = longForm(shortForm, text.substring(Math.max(0, m.start() - 200), m.start()));
                if (longForm != null) {
                    found.put(shortForm, longForm);
                }
            }
        }
        return new AcronymExpander(found);
    }

    /** The long form of each short form. */
    public Map<String, String> definitions() {
        return longForms;
    }

    /**
     * {@code sentence} with its first use of each known short form followed by " (long form)"; unchanged when the
     * sentence already holds that long form (as a definition does).
     */
    public String expand(String sentence) {
        if (longForms.isEmpty()) {
            return sentence;
        }
        String lower = sentence.toLowerCase(Locale.ROOT);
        TreeMap<Integer, String> inserts = new TreeMap<>();
        for (Map.Entry<String, Pattern> e : uses.entrySet()) {
            String longForm = longForms.get(e.getKey());
            Matcher m = e.getValue().matcher(sentence);
            if (m.find() && !lower.contains(longForm.toLowerCase(Locale.ROOT))) {
                inserts.put(m.end(), " (" + longForm + ")");
            }
        }
        if (inserts.isEmpty()) {
            return sentence;
        }
        StringBuilder out = new StringBuilder(sentence.length() + 64);
        int at = 0;
        for (Map.Entry<Integer, String> insert : inserts.entrySet()) {
            out.append(sentence, at, insert.getKey()).append(insert.getValue());
            at = insert.getKey();
        }
        return out.append(sentence, at, sentence.length()).toString();
    }

    /**
     * Schwartz and Hearst's best long form: the shortest run of words ending just before the parenthesis whose
     * characters hold the short form's letters and digits in order, the first at a word start; null when none fits.
     */
    static String longForm(String shortForm, String before) {
        String[] words = before.strip().split("\\s+");
        int maxWords = Math.min(shortForm.length() + 5, shortForm.length() * 2);
        int from = Math.max(0, words.length - maxWords);
        String candidate = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
        int s = shortForm.length() - 1;
        int l = candidate.length() - 1;
        while (s >= 0) {
            char c = Character.toLowerCase(shortForm.charAt(s));
            if (!Character.isLetterOrDigit(c)) {
                s--;
                continue;
            }
            while (l >= 0 && (Character.toLowerCase(candidate.charAt(l)) != c
                    || s == 0 && l > 0 && Character.isLetterOrDigit(candidate.charAt(l - 1)))) {
                l--;
            }
            if (l < 0) {
                return null;
            }
            l--;
            s--;
        }
        String longForm = candidate.substring(candidate.lastIndexOf(' ', l) + 1).strip();
        longForm = longForm.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
        boolean fits = longForm.length() > shortForm.length() && !longForm.contains(shortForm)
                && longForm.split("\\s+").length <= maxWords && longForm.contains(" ");
        return fits ? longForm : null;
    }
}
