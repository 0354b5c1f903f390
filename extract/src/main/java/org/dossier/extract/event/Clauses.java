package org.dossier.extract.event;

import java.util.List;
import java.util.Set;

/**
 * Clause structure of a sentence read from its words alone, without a parser: where an attribution ("…, officials said")
 * starts, where a purpose clause ("… to protest …") starts, whether an actor is the object right after a verb, whether a place
 * is the location of the event ("in Tel Aviv"), and actors held "in Israeli police custody" or harmed "at the hands of" someone.
 */
final class Clauses {

    private static final Set<String> REPORTING = Set.of("said", "says", "say", "told", "reported", "reports", "according", "quoted",
            "added", "announced", "confirmed", "cautioned", "stated", "charged", "claimed", "reporting", "quoting", "confirming");
    static final Set<String> BOUNDARY = Set.of(",", ";", ":", "--", "—");
    private static final Set<String> PREPOSITIONS = Set.of("of", "in", "on", "at", "to", "for", "with", "from", "by", "against",
            "over", "about", "into", "near", "after", "before", "during", "since", "under", "between", "among", "toward", "towards",
            "across", "through", "as", "than", "like", "outside", "inside", "while", "when", "because", "that");
    private static final Set<String> SUBORDINATORS = Set.of("as", "while", "when", "whereas", "although", "though", "but", "because",
            "since", "which", "who", "where", "after", "before", "until");
    private static final Set<String> AUXILIARY = Set.of("be", "have", "get");
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "across", "throughout");
    private static final Set<String> HELD = Set.of("custody", "detention", "captivity", "jail", "jails", "prison", "prisons");
    private static final int ATTRIBUTION_WORDS = 15;
    private static final int TRAILING_WORDS = 10;
    private static final int LOCATIVE_WORDS = 8;

    private Clauses() {
    }

    /** The index of the first attribution boundary at or after {@code from}, or the number of words. */
    static int attributionFrom(List<Word> words, int from) {
        for (int i = Math.max(0, from); i < words.size(); i++) {
            if (attribution(words, i)) {
                return i;
            }
        }
        return words.size();
    }

    /** True when word {@code i} starts an attribution: "according", or a boundary followed by a clause with a reporting verb. */
    static boolean attribution(List<Word> words, int i) {
        Word w = words.get(i);
        if (w.lower().equals("according")) {
            return true;
        }
        if (!BOUNDARY.contains(w.text())) {
            return false;
        }
        for (int k = i + 1; k < words.size() && k <= i + ATTRIBUTION_WORDS; k++) {
            if (REPORTING.contains(words.get(k).lower())) {
                return true;
            }
            if (BOUNDARY.contains(words.get(k).text())) {
                return false;
            }
        }
        return false;
    }

    /**
     * The boundary before a short closing clause whose verb is word {@code cue} ("…, a human rights group protested here
     * Wednesday."), or -1: the cue is then the speaker's act about the sentence before the boundary.
     */
    static int trailingSpeech(List<Word> words, int cue) {
        int b = cue - 1;
        while (b > 0 && !BOUNDARY.contains(words.get(b).text())) {
            b--;
        }
        if (b <= 0 || cue - b > TRAILING_WORDS || !finite(words.get(cue))) {
            return -1;
        }
        for (int k = cue + 1; k < words.size(); k++) {
            Word w = words.get(k);
            if (w.isPunctuation() && k < words.size() - 1) {
                return -1;
            }
        }
        return words.size() - b <= TRAILING_WORDS + 4 ? b : -1;
    }

    private static boolean finite(Word w) {
        if (w.pos() != null) {
            return w.pos().equals("VBD") || w.pos().equals("VBZ") || w.pos().equals("VBP");
        }
        return w.lower().endsWith("ed") || w.lower().endsWith("s");
    }

    /** The index of a boundary opening a subordinate clause ("…, as authorities …", "…, which …") at or after {@code from}. */
    static int subordinateFrom(List<Word> words, int from) {
        for (int i = Math.max(0, from); i + 1 < words.size(); i++) {
            if (BOUNDARY.contains(words.get(i).text()) && SUBORDINATORS.contains(words.get(i + 1).lower())) {
                return i;
            }
        }
        return words.size();
    }

    /**
     * The index of "to" opening a purpose or complement clause ("… to protest the decision …") in {@code words[from, to)}, or
     * {@code to}. Without part-of-speech tags, the word after "to" must be an event cue.
     */
    static int purposeFrom(List<Word> words, int from, int to, EventLexicon lexicon) {
        for (int i = Math.max(0, from); i + 1 < to; i++) {
            if (words.get(i).lower().equals("to")) {
                Word next = words.get(i + 1);
                boolean verb = next.pos() != null ? next.pos().equals("VB") : lexicon.isCueWord(next.lower());
                verb &= !AUXILIARY.contains(next.lower());
                if (verb) {
                    return i;
                }
            }
        }
        return to;
    }

    /** True when only determiners, numbers and modifiers stand between word {@code after} and offset {@code start}. */
    static boolean directlyAfter(List<Word> words, int after, int start) {
        int n = 0;
        for (int i = after + 1; i < words.size() && words.get(i).start() < start; i++) {
            Word w = words.get(i);
            if (w.isPunctuation() || PREPOSITIONS.contains(w.lower()) || (w.isVerb() && !w.pos().equals("VBN"))
                    || (w.pos() != null && (w.pos().equals("IN") || w.pos().equals("TO"))) || ++n > 5) {
                return false;
            }
        }
        return true;
    }

    /** True when the actor at offset {@code start} follows "in", "at", "near", ... within the same phrase. */
    static boolean locative(List<Word> words, int start) {
        int i = indexAt(words, start);
        for (int k = i - 1; k >= 0 && k >= i - LOCATIVE_WORDS; k--) {
            Word w = words.get(k);
            if (LOCATIVE.contains(w.lower())) {
                return true;
            }
            if (w.isPunctuation() || (w.isVerb() && !w.pos().equals("VBN")) || w.lower().equals("and") || w.lower().equals("to")) {
                return false;
            }
        }
        return false;
    }

    /** The actor who holds someone "in Israeli police custody" or harms them "at the hands of" it, or null. */
    static Actor holder(List<Actor> actors, List<Word> words, int end) {
        for (Actor a : actors) {
            int first = indexAt(words, a.start());
            int last = indexAt(words, a.end() - 1);
            if (first < 1 || last < 0 || last + 1 >= end) {
                continue;
            }
            boolean held = words.get(first - 1).lower().equals("in") && HELD.contains(words.get(last + 1).lower());
            boolean hands = first >= 4 && words.get(first - 1).lower().equals("of") && words.get(first - 2).lower().equals("hands")
                    && words.get(first - 4).lower().equals("at");
            if (held || hands) {
                return a;
            }
        }
        return null;
    }

    /** The index of the word containing offset {@code offset}, or -1. */
    static int indexAt(List<Word> words, int offset) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).start() <= offset && offset < words.get(i).end()) {
                return i;
            }
        }
        return -1;
    }
}
