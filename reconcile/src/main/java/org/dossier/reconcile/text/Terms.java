package org.dossier.reconcile.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words as comparable terms: lowercased runs of letters and digits, plurals reduced by the "S" stemmer (Harman 1991:
 * {@code -ies → -y}, {@code -es → -e}, {@code -s → }), and an English stopword list. Stateless and thread-safe.
 */
public final class Terms {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** Function words and reporting verbs that carry no topic. */
    public static final Set<String> STOPWORDS = Set.copyOf(List.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
            "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
            "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he",
            "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its",
            "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only",
            "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should", "so", "some", "such",
            "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those",
            "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which",
            "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself", "s", "t", "said",
            "says", "say", "told", "according", "one", "two", "also", "may", "might", "must", "shall", "us", "yet", "still",
            "since", "however", "many", "much", "new", "last", "first", "year", "years", "yesterday", "today", "tomorrow",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mr", "mrs", "ms", "dr", "like",
            "well", "even", "made", "make", "get", "got", "including", "around", "among", "per", "via", "within", "without",
            "would", "will", "could", "another", "every", "several", "way", "time", "people", "there", "where", "whether",
            "although", "though", "unless", "upon", "onto", "whose", "let", "put", "set", "take", "took", "go", "went", "come",
            "came", "see", "seen", "reported", "report", "reports", "news", "week", "month", "day", "days", "weeks", "months",
            "ago", "later", "earlier", "already", "almost", "back", "never", "ever", "always", "often", "something", "nothing",
            "anything", "everything", "someone", "anyone", "thing", "things", "part", "three", "four", "five"));

    private Terms() {
    }

    /** The lowercased words of {@code text}, unstemmed, stopwords kept. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** The stemmed words of {@code text}, stopwords kept. */
    public static List<String> stems(String text) {
        return words(text).stream().map(Terms::stem).toList();
    }

    /** The stemmed content words of {@code text}: stopwords and one-letter words dropped. */
    public static List<String> content(String text) {
        return words(text).stream().filter(Terms::isContent).map(Terms::stem).toList();
    }

    /** Whether a lowercased word carries content. */
    public static boolean isContent(String word) {
        return word.length() > 1 && !STOPWORDS.contains(word);
    }

    /** The "S" stem of a lowercased word. */
    public static String stem(String word) {
        int n = word.length();
        if (n > 4 && word.endsWith("ies") && !word.endsWith("eies") && !word.endsWith("aies")) {
            return word.substring(0, n - 3) + "y";
        }
        if (n > 3 && word.endsWith("es") && !word.endsWith("aes") && !word.endsWith("ees") && !word.endsWith("oes")) {
            return word.substring(0, n - 1);
        }
        if (n > 3 && word.endsWith("s") && !word.endsWith("us") && !word.endsWith("ss") && !word.endsWith("is")) {
            return word.substring(0, n - 1);
        }
        return word;
    }
}
