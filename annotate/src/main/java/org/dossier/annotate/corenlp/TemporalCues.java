package org.dossier.annotate.corenlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a sentence holds a word SUTime could build a time expression or a number from. SUTime's English rules
 * ({@code sutime/english.sutime.txt} and {@code english.holidays.sutime.txt} in CoreNLP's models jar) match nothing
 * without one of these: a digit, a cardinal number (POS {@code CD}), a number or ordinal word, or a word of the rules'
 * own vocabulary (months, weekdays, time units, parts of the day, seasons, holidays, decades, periodic words such as
 * {@code weekly}, and the words of reference such as {@code now}, {@code recently} or {@code ago}). Plurals, possessives
 * and hyphenated compounds ({@code five-year}) count by their parts; so does the phrase {@code at the time}. The ambiguous month and weekday words
 * ({@code may}, {@code march}, {@code sat}, …) count unless tagged as a verb or modal, since SUTime's last filter
 * rejects them then, unless one of SUTime's modifiers comes first ({@code this may}). Immutable; the vocabulary is SUTime's, not fitted to any corpus.
 */
final class TemporalCues {

    private static final Set<String> WORDS = Set.of((
            // months and weekdays, with the abbreviations the rules accept
            "january february april june july august september october november december "
            + "jan feb mar apr jun jul aug sep sept oct nov dec "
            + "monday tuesday wednesday thursday friday sunday saturday mon tue tues wed weds thu thur thurs fri "
            // time units, parts of the day, seasons, days of reference
            + "year yr month mo day hour hr minute sec millisecond millisec week wk fortnight quarter decade century "
            + "centuries millennia millennium millenia millenium morning afternoon evening night noon midnight teatime "
            + "lunchtime dinnertime suppertime midday dusk dawn sunup sunrise sundown sunset twilight daybreak daylight "
            + "daytime nighttime overnight tonight tonite today tomorrow yesterday weekend weekday workweek workday "
            + "summer winter autumn "
            // words of reference and frequency
            + "now past present current currently recent recently previously once twice thrice medieval future ago hence "
            + "earlier later nones ides birthday eve "
            // decades
            + "teens oughts noughts twenties thirties forties fifties sixties seventies eighties nineties "
            // number words (SUTime numerizes them) and ordinal words
            + "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
            + "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million "
            + "billion trillion dozen half couple first second third fourth fifth sixth seventh eighth ninth tenth "
            + "eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
            + "thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth hundredth thousandth millionth "
            + "billionth "
            // the holidays of the holiday rules (the other words of their names are days or weekdays)
            + "halloween christmas xmas thanksgiving easter valentine patrick mayo groundhog inauguration mlk memorial "
            + "labor labour columbus").split(" "));

    /** Month, weekday and unit words that are also common verbs or modals. */
    private static final Set<String> AMBIGUOUS = Set.of("may", "march", "fall", "spring", "sat", "sun", "min");

    /**
     * The modifiers of SUTime's rules ({@code $REL_MOD}, {@code $EARLY_LATE_MOD}, {@code $FREQ_MOD}, {@code $APPROX_MOD}):
     * after one, an ambiguous word is a month or weekday even when tagged as a verb ({@code this may}).
     */
    private static final Set<String> MODIFIERS = Set.of("this", "next", "last", "following", "previous", "coming", "past",
            "late", "early", "mid", "of", "in", "on", "every", "each", "other", "alternate", "alternating", "about",
            "around", "some", "exactly", "precisely");

    /** Words ending in one of these are periodic sets to SUTime ({@code biweekly}, {@code semiannually}). */
    private static final List<String> PERIODIC_ENDINGS = List.of("centennial", "yearly", "annually", "annual", "hourly",
            "nightly", "daily", "weekly", "monthly", "quarterly");

    private TemporalCues() {
    }

    /**
     * Whether the token at {@code i} of a sentence, given as words and POS tags (a tag may be null), is a cue on its own
     * or ends {@code at the time}, the one phrase of SUTime's rules none of whose words is a cue, or is an ambiguous
     * month or weekday word after one of SUTime's modifiers.
     */
    static boolean isCueAt(List<String> words, List<String> tags, int i) {
        String word = words.get(i);
        if (isCue(word, tags.get(i))) {
            return true;
        }
        if (i >= 1 && AMBIGUOUS.contains(word.toLowerCase(Locale.ROOT))
                && MODIFIERS.contains(words.get(i - 1).toLowerCase(Locale.ROOT))) {
            return true;
        }
        return i >= 2 && words.get(i).equalsIgnoreCase("time") && words.get(i - 1).equalsIgnoreCase("the")
                && words.get(i - 2).equalsIgnoreCase("at");
    }

    /** Whether one token, its word and POS tag (null when untagged), is a cue. */
    static boolean isCue(String word, String tag) {
        if ("CD".equals(tag)) {
            return true;
        }
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        String lower = word.toLowerCase(Locale.ROOT);
        for (String ending : PERIODIC_ENDINGS) {
            if (lower.endsWith(ending)) {
                return true;
            }
        }
        boolean verbal = tag != null && (tag.startsWith("VB") || tag.equals("MD"));
        for (String part : lower.split("[-/]")) {
            String bare = part.endsWith(".") ? part.substring(0, part.length() - 1) : part;
            if (isWord(bare, verbal) || bare.endsWith("s") && isWord(bare.substring(0, bare.length() - 1), verbal)
                    || bare.endsWith("ies") && isWord(bare.substring(0, bare.length() - 3) + "y", verbal)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWord(String w, boolean verbal) {
        return WORDS.contains(w) || !verbal && AMBIGUOUS.contains(w);
    }
}
