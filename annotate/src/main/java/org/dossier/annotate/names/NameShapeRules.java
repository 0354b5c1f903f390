package org.dossier.annotate.names;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names whose shape in the sentence or the document says more than the tagger read, each rule a reading of how news
 * writes names:
 * <ul>
 *   <li>a tagged run that joins two names with "and", "or" or "&amp;" ("Mercantile and Commerce") is two names when the
 *   document tags each of them alone elsewhere; a run whose parts never stand alone ("Marks and Spencer") stays one;</li>
 *   <li>a run that opens with a place's "-based" ("Minneapolis-based First Bank") is a miscellaneous name, the
 *   adjective, then the name it qualifies; such an adjective alone ("a London-based spokesman") is one too;</li>
 *   <li>a person's name takes the number after it ("Elizabeth I", "Henry VIII");</li>
 *   <li>a results line names two teams ("Sale 31 Wasps 33"): when the tagger reads one side as an organisation, the
 *   other is one too;</li>
 *   <li>a table's rows name things of one class ("Stoke 4 3 1 0 7 4 10"): a row the tagger left untagged, or cut, takes
 *   the class of the others;</li>
 *   <li>the names of a dateline ("NEW YORK 1996-08-30") are places;</li>
 *   <li>a quoted nickname between two parts of a person's name is part of it (Roberto " Hands of Stone " Duran);</li>
 *   <li>so is a lower-case particle, or two, between them (Mohammad bin Salman, Nikolaus van der Pas).</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class NameShapeRules {

    private static final String OTHER = "O";
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "&");
    private static final String MISC = "MISC";
    private static final String PER = "PER";
    private static final String ORG = "ORG";
    private static final String LOC = "LOC";
    private static final String QUOTE = "\"";
    /** The most words a dateline may have, its date included. */
    private static final int MAX_DATELINE = 8;
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** The most words one side of a results line, or a table row's name, may have. */
    private static final int MAX_SIDE = 4;
    /** The most words a quoted nickname may have. */
    private static final int MAX_NICKNAME = 4;
    /** A monarch's or pope's number, I to XV; V and X are left out (in capitals they can be "versus" or a cross). */
    private static final Pattern REGNAL = Pattern.compile("I{1,3}|IV|VI{1,3}|IX|XI{1,3}|XIV|XV");
    private static final String BASED = "-based";
    /** Lower-case words inside persons' names in many languages ("bin", "van", "de", "y"). */
    private static final Set<String> PARTICLES = Set.of("al", "bin", "bint", "da", "das", "de", "del", "della", "den",
            "der", "di", "do", "dos", "du", "el", "ibn", "la", "le", "ten", "ter", "van", "von", "y", "zu");
    /** A number in a table: digits, maybe signed, maybe with separators ("7", "-3", "19.32", "3:30.974"). */
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+([.,:/-]\\d+)*");

    /**
     * @param sentences the tokens of one document, sentence by sentence
     * @param classes one class per token ({@code PER}, {@code LOC}, {@code ORG}, {@code MISC} or {@code O}); adjacent
     *                tokens of one class form one name
     * @return the classes with the rules applied, in the same shape
     */
    public List<List<String>> apply(List<List<String>> sentences, List<List<String>> classes) {
        Set<List<String>> alone = new HashSet<>();
        for (int s = 0; s < sentences.size(); s++) {
            for (int[] run : LabelConsistency.runs(classes.get(s))) {
                alone.add(sentences.get(s).subList(run[0], run[1]));
            }
        }
        List<List<String>> out = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<String> words = sentences.get(s);
            List<String> cls = new ArrayList<>(classes.get(s));
            resultLine(words, cls);
            dateline(words, cls);
            nicknames(words, cls);
            particles(words, cls);
            placeAdjectivesAlone(words, cls, alone);
            for (int[] run : LabelConsistency.runs(classes.get(s))) {
                coordination(words, cls, run, alone);
                regnalNumber(words, cls, run);
                placeAdjectiveOpening(words, cls, run);
            }
            out.add(cls);
        }
        tableColumn(sentences, out);
        return out;
    }

    /** "A and B" tagged as one run: the conjunction is untagged when A and B are each tagged alone in the document. */
    private static void coordination(List<String> words, List<String> cls, int[] run, Set<List<String>> alone) {
        for (int k = run[0] + 1; k < run[1] - 1; k++) {
            if (CONJUNCTIONS.contains(words.get(k)) && alone.contains(words.subList(run[0], k))
                    && alone.contains(words.subList(k + 1, run[1]))) {
                cls.set(k, OTHER);
            }
        }
    }

    /** A person's name takes the regnal number just after it. */
    private static void regnalNumber(List<String> words, List<String> cls, int[] run) {
        if (cls.get(run[0]).equals(PER) && run[1] < words.size() && REGNAL.matcher(words.get(run[1])).matches()
                && cls.get(run[1]).equals(OTHER)) {
            cls.set(run[1], PER);
        }
    }

    /** A non-MISC run opening with "St. Louis-based": its words up to the last "-based" one are MISC. */
    private static void placeAdjectiveOpening(List<String> words, List<String> cls, int[] run) {
        if (cls.get(run[0]).equals(MISC)) {
            return;
        }
        for (int k = run[1] - 2; k >= run[0]; k--) {
            if (placeAdjective(words.get(k))) {
                Collections.fill(cls.subList(run[0], k + 1), MISC);
                return;
            }
        }
    }

    /**
     * An untagged capitalised "London-based" is MISC; at a sentence's start only when the document tags the place
     * alone ("Water-based paint" is no name).
     */
    private static void placeAdjectivesAlone(List<String> words, List<String> cls, Set<List<String>> alone) {
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k);
            if (cls.get(k).equals(OTHER) && placeAdjective(w) && capital(w)
                    && (k > 0 || alone.contains(List.of(w.substring(0, w.length() - BASED.length()))))) {
                cls.set(k, MISC);
            }
        }
    }

    private static boolean placeAdjective(String word) {
        return word.endsWith(BASED) && word.length() > BASED.length();
    }

    /**
     * A results line, "Sale 31 Wasps 33": a side of one to four words opening with a capital, a number, another such
     * side, a number. When the tagger reads one side as an organisation, the other side is one too.
     */
    private static void resultLine(List<String> words, List<String> cls) {
        int n = words.size();
        if (n < 4 || !isNumber(words.get(n - 1))) {
            return;
        }
        for (int i = 1; i <= MAX_SIDE && i < n - 2; i++) {
            int[] a = {0, i};
            int[] b = {i + 1, n - 1};
            if (!isNumber(words.get(i)) || !side(words, a) || !side(words, b)) {
                continue;
            }
            if (all(cls, a, ORG) || all(cls, b, ORG)) {
                Collections.fill(cls.subList(a[0], a[1]), ORG);
                Collections.fill(cls.subList(b[0], b[1]), ORG);
            }
            return;
        }
    }

    /**
     * A table's rows, "Stoke 4 3 1 0 7 4 10": one to four words opening with a capital, then at least two numbers and
     * nothing else. When the tagger read at least two rows' words as names of one class, and that class holds at least
     * two thirds of them, every other row whose name is words (not "Sweden )") names one of that class too, its words
     * one name.
     */
    private static void tableColumn(List<List<String>> sentences, List<List<String>> cls) {
        Map<String, Integer> tagged = new HashMap<>();
        List<int[]> untagged = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            int end = tableRow(sentences.get(s));
            if (end < 0) {
                continue;
            }
            List<String> c = cls.get(s);
            if (!c.get(0).equals(OTHER) && all(c, new int[] {0, end}, c.get(0))
                    && (end == c.size() || !c.get(end).equals(c.get(0)))) {
                tagged.merge(c.get(0), 1, Integer::sum);
            } else if (words(sentences.get(s), end)) {
                untagged.add(new int[] {s, end});
            }
        }
        int total = tagged.values().stream().mapToInt(Integer::intValue).sum();
        for (Map.Entry<String, Integer> e : tagged.entrySet()) {
            if (e.getValue() >= 2 && 3 * e.getValue() >= 2 * total) {
                for (int[] row : untagged) {
                    Collections.fill(cls.get(row[0]).subList(0, row[1]), e.getKey());
                }
            }
        }
    }

    /** Whether the first {@code end} tokens are words: each holds a letter, or is "'s". */
    private static boolean words(List<String> tokens, int end) {
        for (int k = 0; k < end; k++) {
            String t = tokens.get(k);
            if (!t.equals("'s") && t.chars().noneMatch(Character::isLetter)) {
                return false;
            }
        }
        return true;
    }

    /** The end of a table row's name (see {@link #tableColumn}), or -1 when the sentence is no such row. */
    private static int tableRow(List<String> words) {
        int end = 0;
        while (end < words.size() && !isDecimal(words.get(end))) {
            end++;
        }
        if (end < 1 || end > MAX_SIDE || words.size() - end < 2 || !capital(words.get(0))) {
            return -1;
        }
        for (int k = end; k < words.size(); k++) {
            if (!isDecimal(words.get(k))) {
                return -1;
            }
        }
        return end;
    }

    private static boolean isDecimal(String word) {
        return DECIMAL.matcher(word).matches();
    }

    /**
     * A dateline, "NEW YORK 1996-08-30" or "AKRON , Ohio 1996-08-22": names, commas and an ISO date, nothing else. Each
     * name the tagger found there is a place.
     */
    private static void dateline(List<String> words, List<String> cls) {
        int n = words.size();
        if (n < 2 || n > MAX_DATELINE || !ISO_DATE.matcher(words.get(n - 1)).matches()) {
            return;
        }
        for (int k = 0; k < n - 1; k++) {
            if (cls.get(k).equals(OTHER) && !words.get(k).equals(",")) {
                return;
            }
        }
        for (int k = 0; k < n - 1; k++) {
            if (!cls.get(k).equals(OTHER)) {
                cls.set(k, LOC);
            }
        }
    }

    /**
     * A nickname in quotes between a person's first and last name, Roberto " Hands of Stone " Duran: one person, when
     * the tagger reads the words on both sides as persons.
     */
    private static void nicknames(List<String> words, List<String> cls) {
        for (int open = 1; open < words.size(); open++) {
            if (!words.get(open).equals(QUOTE) || !cls.get(open - 1).equals(PER)) {
                continue;
            }
            for (int close = open + 2; close < Math.min(words.size() - 1, open + 2 + MAX_NICKNAME); close++) {
                if (words.get(close).equals(QUOTE)) {
                    if (cls.get(close + 1).equals(PER) && capitalised(words, open + 1, close)) {
                        Collections.fill(cls.subList(open, close + 1), PER);
                    }
                    break;
                }
            }
        }
    }

    /**
     * One or two lower-case particles between a person's words, Mohammad bin Salman: one person, when the tagger reads
     * the words on both sides as persons and the word after is capitalised.
     */
    private static void particles(List<String> words, List<String> cls) {
        for (int k = 1; k < words.size() - 1; k++) {
            if (!PARTICLES.contains(words.get(k)) || !cls.get(k - 1).equals(PER) || !cls.get(k).equals(OTHER)) {
                continue;
            }
            int after = PARTICLES.contains(words.get(k + 1)) && cls.get(k + 1).equals(OTHER) ? k + 2 : k + 1;
            if (after < words.size() && cls.get(after).equals(PER) && capital(words.get(after))) {
                Collections.fill(cls.subList(k, after), PER);
            }
        }
    }

    /** Every word capitalised, or a lower-case "of" or "the" inside ("Hands of Stone"). */
    private static boolean capitalised(List<String> words, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = words.get(k);
            if (!capital(w) && !(k > from && (w.equals("of") || w.equals("the")))) {
                return false;
            }
        }
        return true;
    }

    private static boolean side(List<String> words, int[] span) {
        int length = span[1] - span[0];
        if (length < 1 || length > MAX_SIDE || !capital(words.get(span[0]))) {
            return false;
        }
        for (int k = span[0]; k < span[1]; k++) {
            if (isNumber(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean all(List<String> cls, int[] span, String name) {
        for (int k = span[0]; k < span[1]; k++) {
            if (!cls.get(k).equals(name)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNumber(String word) {
        return !word.isEmpty() && word.chars().allMatch(Character::isDigit);
    }

    private static boolean capital(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }
}
