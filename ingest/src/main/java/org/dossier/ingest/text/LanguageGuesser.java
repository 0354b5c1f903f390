package org.dossier.ingest.text;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses the language of a text from the share of its words that are common function words. Good enough to tell
 * English from a handful of European languages; returns null when no language is clearly present.
 */
public final class LanguageGuesser {

    /** Share of function words a language needs to be named. */
    public static final double MIN_RATIO = 0.12;
    /** Words needed before any guess is made. */
    public static final int MIN_WORDS = 5;
    private static final int MAX_WORDS = 2000;

    private static final Map<String, Set<String>> STOPWORDS = Map.of(
            "en", Set.of("the", "of", "and", "to", "in", "a", "is", "that", "for", "it", "as", "was", "with", "be",
                    "by", "on", "not", "he", "this", "are", "or", "his", "from", "at", "which", "but", "have", "an",
                    "has", "they", "will", "would", "their", "its", "were", "been", "said", "who", "more", "than"),
            "fr", Set.of("le", "la", "les", "de", "des", "du", "et", "un", "une", "est", "que", "qui", "dans", "pour",
                    "pas", "sur", "au", "aux", "par", "ce", "il", "elle", "sont", "avec", "ont", "mais", "ou", "été"),
            "de", Set.of("der", "die", "das", "und", "den", "dem", "des", "ein", "eine", "ist", "nicht", "mit", "sich",
                    "auf", "für", "von", "zu", "im", "auch", "es", "sie", "wird", "wurde", "bei", "nach", "aus", "dass"),
            "es", Set.of("el", "la", "los", "las", "de", "del", "y", "en", "que", "un", "una", "es", "por", "con",
                    "para", "se", "no", "al", "lo", "como", "su", "sus", "fue", "más", "pero", "ha"),
            "it", Set.of("il", "lo", "la", "gli", "le", "di", "del", "della", "e", "che", "un", "una", "è", "per",
                    "non", "con", "sono", "nel", "nella", "si", "da", "ha", "anche", "come", "più"),
            "nl", Set.of("de", "het", "een", "en", "van", "in", "is", "dat", "op", "te", "zijn", "met", "voor", "niet",
                    "aan", "er", "om", "ook", "als", "bij", "door", "wordt", "werd", "naar"),
            "cs", Set.of("a", "v", "se", "na", "je", "že", "s", "z", "do", "to", "o", "jako", "by", "ve", "k", "pro",
                    "ale", "jsou", "byl", "bylo", "podle", "také", "který", "která", "které"));

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private LanguageGuesser() {
    }

    /** An ISO 639-1 code, or null when the text is too short or no language stands out. */
    public static String guess(String text) {
        Map<String, Integer> hits = new java.util.HashMap<>();
        int total = 0;
        Matcher m = WORD.matcher(text);
        while (m.find() && total < MAX_WORDS) {
            String w = m.group().toLowerCase(Locale.ROOT);
            total++;
            for (var entry : STOPWORDS.entrySet()) {
                if (entry.getValue().contains(w)) {
                    hits.merge(entry.getKey(), 1, Integer::sum);
                }
            }
        }
        if (total < MIN_WORDS) {
            return null;
        }
        String best = null;
        int bestHits = 0;
        for (var entry : new java.util.TreeMap<>(hits).entrySet()) {
            if (entry.getValue() > bestHits || entry.getValue() == bestHits && entry.getKey().equals("en")) {
                best = entry.getKey();
                bestHits = entry.getValue();
            }
        }
        return best != null && (double) bestHits / total >= MIN_RATIO ? best : null;
    }
}
