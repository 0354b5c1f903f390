package org.dossier.extract.event;

import java.util.List;
import java.util.Set;
import org.dossier.model.fact.Certainty;

/**
 * Picks the cue that gives a sentence its PLOVER category: the first verbal cue (a cue on a verb when part-of-speech tags are
 * known), else the first cue. A deed that is only expected ("will", "plans to", "is ready to") is coded as intent
 * ({@link PloverCategory#whenExpected}) with certainty expected; a negated cooperative deed is a rejection.
 */
final class EventClassifier {

    /** The chosen cue and what the words around it say about it. */
    record Classification(EventLexicon.Cue cue, PloverCategory category, PloverCategory deed, String mode, Certainty certainty,
            int first, int last, boolean passive, boolean reportedDemand, boolean predicate) {
    }

    private static final Set<String> EXPECTATION = Set.of("will", "would", "'ll", "shall", "may", "might", "could", "plan", "plans",
            "planned", "planning", "intend", "intends", "intended", "ready", "prepared", "willing", "going", "expected", "likely",
            "decided", "decide", "decides", "prepare", "prepares", "set", "scheduled", "due", "poised", "slated", "hope", "hopes",
            "hoped", "aim", "aims", "want", "wants", "wanted");
    private static final Set<String> NEGATION = Set.of("not", "n't", "never", "no");
    private static final Set<String> BE = Set.of("be", "is", "are", "was", "were", "been", "being");
    private static final Set<String> CUE_POS = Set.of("NN", "NNS", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD", "JJ");
    private static final Set<String> AUXILIARY = Set.of("be", "have", "get");
    private static final Set<String> LIGHT_VERBS = Set.of("declare", "issue", "launch", "stage", "begin", "hold", "impose",
            "make", "announce", "start", "reach", "extend", "conduct", "carry", "mount", "call", "lodge", "file", "open",
            "resume", "renew", "order", "organize", "organise");
    /** Participles that are adjectives before "to" ("is opposed to", "is committed to"): a stance, not a passive. */
    private static final Set<String> ADJECTIVAL = Set.of("opposed", "committed", "dedicated", "devoted");
    private static final Set<String> ORDINALS = Set.of("first", "second", "third", "fourth", "fifth", "last", "next", "only");
    private static final int WINDOW = 6;

    private final EventLexicon lexicon;

    EventClassifier(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The classification of a sentence, or null when no cue is found. Cues inside actor mentions ("Serb forces") are skipped. */
    Classification classify(List<Word> words, List<Actor> actors) {
        EventLexicon.Found chosen = null;
        for (EventLexicon.Found f : lexicon.find(words)) {
            Word w = words.get(f.first());
            if (!eligible(w, f.first()) || actors.stream().anyMatch(a -> a.start() <= w.start() && w.end() <= a.end())) {
                continue;
            }
            if (chosen == null || (predicate(words, f.first()) && !predicate(words, chosen.first()))) {
                chosen = f;
            }
        }
        if (chosen == null) {
            return null;
        }
        PloverCategory category = chosen.cue().category();
        boolean expected = false;
        boolean negated = false;
        for (int i = chosen.first() - 1; i >= 0 && i >= chosen.first() - WINDOW; i--) {
            Word w = words.get(i);
            if (w.isPunctuation()) {
                break;
            }
            expected |= EXPECTATION.contains(w.lower());
            negated |= NEGATION.contains(w.lower()) || (w.lower().equals("longer") && i > 0 && words.get(i - 1).lower().equals("no"));
        }
        PloverCategory deed = negated ? category.whenNegated() : category;
        if (negated) {
            category = category.whenNegated();
        } else if (expected) {
            category = category.whenExpected();
        }
        boolean reportedDemand = chosen.cue().lemmas().equals(List.of("must"));
        return new Classification(chosen.cue(), category, deed, deed == chosen.cue().category() ? chosen.cue().mode() : null,
                expected ? Certainty.EXPECTED : Certainty.REPORTED, chosen.first(), chosen.last(), passive(words, chosen.first()),
                reportedDemand, predicate(words, chosen.first()) && !nounComplement(words, chosen.first()));
    }

    /** The first cue of an attack with explosives or a suicide attack in {@code words} ("car bomb explosion"), or null. */
    EventLexicon.Cue weapon(List<Word> words) {
        for (EventLexicon.Found f : lexicon.find(words)) {
            String mode = f.cue().mode();
            if (f.cue().category() == PloverCategory.ASSAULT && ("explosives".equals(mode) || "suicide-attack".equals(mode))) {
                return f.cue();
            }
        }
        return null;
    }

    private static boolean eligible(Word w, int index) {
        if (index > 0 && Character.isUpperCase(w.text().charAt(0))) {
            return false;
        }
        return w.pos() == null || CUE_POS.contains(w.pos());
    }

    /**
     * True when the cue at {@code i} is a predicate: a finite verb or a participle after an auxiliary ("has agreed"), but not a
     * participle used as a modifier ("the occupied West Bank"); a gerund of means ("by pledging to increase"); or a noun after a light verb ("issued an ultimatum",
     * "staged rallies", "declared a ceasefire").
     */
    private static boolean predicate(List<Word> words, int i) {
        Word w = words.get(i);
        if (w.pos() == null) {
            return false;
        }
        if (w.pos().equals("VBG") && i > 0 && words.get(i - 1).lower().equals("by")) {
            return true;
        }
        if (w.pos().equals("VBN") || w.pos().equals("VBG")) {
            return precededBy(words, i, AUXILIARY, 3);
        }
        if (w.isVerb()) {
            return true;
        }
        return w.pos().startsWith("NN") && precededBy(words, i, LIGHT_VERBS, 4);
    }

    /**
     * An infinitive completing a common noun ("its ability to strengthen", "the chance to demand"): no deed is reported, unless
     * an ordinal makes it a relative clause ("the second world leader to meet with the president").
     */
    private static boolean nounComplement(List<Word> words, int i) {
        if (i < 2 || !"VB".equals(words.get(i).pos()) || !words.get(i - 1).lower().equals("to") || words.get(i - 2).pos() == null
                || !(words.get(i - 2).pos().equals("NN") || words.get(i - 2).pos().equals("NNS"))) {
            return false;
        }
        for (int k = i - 3; k >= 0 && k >= i - 5; k--) {
            if (ORDINALS.contains(words.get(k).lower()) || "JJS".equals(words.get(k).pos())) {
                return false;
            }
        }
        return true;
    }

    private static boolean precededBy(List<Word> words, int i, Set<String> lemmas, int window) {
        for (int k = i - 1; k >= 0 && k >= i - window; k--) {
            Word w = words.get(k);
            if (w.isPunctuation()) {
                return false;
            }
            if (lemmas.contains(w.lemma() != null ? w.lemma() : w.lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean passive(List<Word> words, int cue) {
        Word w = words.get(cue);
        boolean participle = w.pos() != null ? w.pos().equals("VBN") : w.lower().endsWith("ed") || w.lower().endsWith("en");
        if (!participle || (ADJECTIVAL.contains(w.lower()) && cue + 1 < words.size() && words.get(cue + 1).lower().equals("to"))) {
            return false;
        }
        for (int i = cue - 1; i >= 0 && i >= cue - 3; i--) {
            if (BE.contains(words.get(i).lower())) {
                return true;
            }
        }
        return false;
    }
}
