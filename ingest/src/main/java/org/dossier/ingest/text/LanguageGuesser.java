package org.dossier.ingest.text;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses the language of a text: by its script when most letters are not Latin (Japanese, Chinese, Korean, Russian,
 * Ukrainian, Greek, Arabic, Persian, Hebrew, Hindi, Thai, ...), else by the share of its words that are common function
 * words of English or one of eleven other European languages. Returns null when no language is clearly present.
 */
public final class LanguageGuesser {

    /** Share of function words a language needs to be named. */
    public static final double MIN_RATIO = 0.12;
    /** Words needed before any guess is made. */
    public static final int MIN_WORDS = 5;
    private static final int MAX_WORDS = 2000;

    private static final Map<String, Set<String>> STOPWORDS = Map.ofEntries(
            Map.entry("en", Set.of("the", "of", "and", "to", "in", "a", "is", "that", "for", "it", "as", "was", "with", "be",
                    "by", "on", "not", "he", "this", "are", "or", "his", "from", "at", "which", "but", "have", "an",
                    "has", "they", "will", "would", "their", "its", "were", "been", "said", "who", "more", "than")),
            Map.entry("fr", Set.of("le", "la", "les", "de", "des", "du", "et", "un", "une", "est", "que", "qui", "dans", "pour",
                    "pas", "sur", "au", "aux", "par", "ce", "il", "elle", "sont", "avec", "ont", "mais", "ou", "été")),
            Map.entry("de", Set.of("der", "die", "das", "und", "den", "dem", "des", "ein", "eine", "ist", "nicht", "mit", "sich",
                    "auf", "für", "von", "zu", "im", "auch", "es", "sie", "wird", "wurde", "bei", "nach", "aus", "dass")),
            Map.entry("es", Set.of("el", "la", "los", "las", "de", "del", "y", "en", "que", "un", "una", "es", "por", "con",
                    "para", "se", "no", "al", "lo", "como", "su", "sus", "fue", "más", "pero", "ha")),
            Map.entry("it", Set.of("il", "lo", "la", "gli", "le", "di", "del", "della", "e", "che", "un", "una", "è", "per",
                    "non", "con", "sono", "nel", "nella", "si", "da", "ha", "anche", "come", "più")),
            Map.entry("nl", Set.of("de", "het", "een", "en", "van", "in", "is", "dat", "op", "te", "zijn", "met", "voor", "niet",
                    "aan", "er", "om", "ook", "als", "bij", "door", "wordt", "werd", "naar")),
            Map.entry("cs", Set.of("a", "v", "se", "na", "je", "že", "s", "z", "do", "to", "o", "jako", "by", "ve", "k", "pro",
                    "ale", "jsou", "byl", "bylo", "podle", "také", "který", "která", "které")),
            Map.entry("pt", Set.of("o", "os", "as", "de", "do", "da", "dos", "das", "e", "em", "no", "na", "um", "uma", "que",
                    "não", "com", "para", "por", "foi", "são", "ao", "mais", "como", "seu", "sua")),
            Map.entry("sv", Set.of("och", "att", "det", "som", "en", "ett", "på", "är", "av", "för", "med", "till", "den", "har",
                    "inte", "om", "var", "de", "jag", "sig", "från", "vid", "också", "efter")),
            Map.entry("pl", Set.of("i", "w", "na", "z", "się", "nie", "do", "że", "to", "jest", "o", "jak", "po", "ale", "od",
                    "za", "przez", "dla", "oraz", "jego", "był", "była", "tym", "już")),
            Map.entry("tr", Set.of("ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "daha", "çok", "gibi", "ama", "olan",
                    "en", "kadar", "sonra", "şey", "her", "mi", "değil", "ise", "o")),
            Map.entry("id", Set.of("yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "dalam", "tidak", "akan", "ke",
                    "pada", "juga", "ada", "oleh", "karena", "bahwa", "sudah", "mereka")));

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private LanguageGuesser() {
    }

    /** Share of letters outside the Latin script above which the script names the language. */
    public static final double MIN_SCRIPT_SHARE = 0.5;
    private static final int MAX_SCRIPT_CHARS = 5000;

    /** An ISO 639-1 code, or null when the text is too short or no language stands out. */
    public static String guess(String text) {
        String byScript = byScript(text);
        if (byScript != null) {
            return byScript;
        }
        return byFunctionWords(text);
    }

    /**
     * The language a non-Latin script points to when most letters are in it: kana means Japanese, Hangul Korean, Han
     * alone Chinese; Cyrillic is Russian unless letters only Ukrainian has appear; Arabic script is Persian when letters
     * only Persian has appear. Null when most letters are Latin or there are fewer than {@link #MIN_WORDS} of them.
     */
    static String byScript(String text) {
        Map<Character.UnicodeScript, Integer> counts = new java.util.EnumMap<>(Character.UnicodeScript.class);
        int letters = 0;
        boolean ukrainian = false;
        boolean persian = false;
        for (int i = 0, n = Math.min(text.length(), MAX_SCRIPT_CHARS); i < n; i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            letters++;
            counts.merge(Character.UnicodeScript.of(c), 1, Integer::sum);
            ukrainian |= "іїєґІЇЄҐ".indexOf(c) >= 0;
            persian |= "پچژگ".indexOf(c) >= 0;
        }
        if (letters < MIN_WORDS || counts.getOrDefault(Character.UnicodeScript.LATIN, 0) >= (1 - MIN_SCRIPT_SHARE) * letters) {
            return null;
        }
        int kana = counts.getOrDefault(Character.UnicodeScript.HIRAGANA, 0) + counts.getOrDefault(Character.UnicodeScript.KATAKANA, 0);
        int han = counts.getOrDefault(Character.UnicodeScript.HAN, 0);
        int hangul = counts.getOrDefault(Character.UnicodeScript.HANGUL, 0);
        if (kana + han + hangul >= MIN_SCRIPT_SHARE * letters) {
            return kana > 0 ? "ja" : hangul > han ? "ko" : "zh";
        }
        Character.UnicodeScript top = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(Character.UnicodeScript.LATIN);
        return switch (top) {
            case CYRILLIC -> ukrainian ? "uk" : "ru";
            case ARABIC -> persian ? "fa" : "ar";
            case GREEK -> "el";
            case HEBREW -> "he";
            case DEVANAGARI -> "hi";
            case THAI -> "th";
            case GEORGIAN -> "ka";
            case ARMENIAN -> "hy";
            case BENGALI -> "bn";
            case TAMIL -> "ta";
            default -> null;
        };
    }

    private static String byFunctionWords(String text) {
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
