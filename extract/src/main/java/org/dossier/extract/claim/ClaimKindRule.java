package org.dossier.extract.claim;

import java.util.List;
import java.util.Set;
import org.dossier.model.fact.ClaimKind;

/**
 * The linguistic kind of a sentence. Future, modal, intent and demand cues ({@code will}, {@code is expected to},
 * {@code plans to}, {@code urged}) make an {@link ClaimKind#EXPECTATION}; reports of what was done ({@code agreed},
 * {@code pledged}, {@code was able to}, or past-tense verbs by their POS tags) make an {@link ClaimKind#OUTCOME}; when both
 * occur the earlier cue wins, a bare past tense never outweighs an expectation cue, and reporting verbs ({@code said}) give way to any expectation cue. Cues in parentheses are
 * ignored. Anything else is a {@link ClaimKind#STATEMENT}.
 */
final class ClaimKindRule {

    private static final Set<String> MODALS = Set.of(
            "will", "would", "may", "might", "could", "should", "must", "shall", "likely", "probably", "unlikely", "won't",
            "wouldn't", "shouldn't", "'ll");

    /** Verbs of intent or expectation, a cue when followed by {@code to}. */
    private static final Set<String> INTENT_VERBS = Set.of(
            "plan", "plans", "planning", "aim", "aims", "aiming", "intend", "intends", "intending", "hope", "hopes", "hoping",
            "seek", "seeks", "seeking", "want", "wants", "wanting", "expect", "expects", "expecting", "going", "expected",
            "scheduled", "slated", "poised", "vows", "promises", "pledges", "wishes",
            // the future seen from the past: "hoped to", "planned to", "intended to" report an intention, not a result
            "planned", "hoped", "intended", "aimed", "sought", "wanted", "wished");

    /** Participles that need a form of {@code be} before them: {@code is set to}, {@code are due to}. */
    private static final Set<String> BE_PARTICIPLES = Set.of("set", "due", "bound", "about");

    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "'s", "am");

    /** Demands about the future; the bare nouns {@code demand}, {@code demands} only before {@code that} or with a verb tag. */
    private static final Set<String> DEMANDS = Set.of(
            "demanded", "demanding", "urge", "urges", "urged", "urging", "pressed", "presses");

    private static final Set<String> OUTCOME_VERBS = Set.of(
            "agreed", "pledged", "announced", "signed", "reaffirmed", "recognized", "recognised", "emphasized", "emphasised",
            "committed", "achieved", "confirmed", "launched", "unveiled", "approved", "adopted", "concluded", "secured",
            "welcomed", "declared", "vowed", "promised", "stressed", "expressed", "issued", "reached", "decided", "accepted",
            "accomplished", "completed", "finalized", "finalised", "praised", "addressed", "discussed", "held",
            "met", "became", "won", "lost", "blocked", "criticized", "criticised", "reacknowledged");

    private static final Set<String> REPORTING_VERBS = Set.of(
            "said", "told", "stated", "noted", "added", "argued", "explained", "insisted", "claimed", "remarked", "reported",
            "wrote", "asked", "replied", "answered");

    private static final Set<String> REPORTING_LEMMAS = Set.of(
            "say", "tell", "state", "note", "add", "argue", "explain", "insist", "claim", "remark", "report", "write", "ask",
            "reply", "answer");

    /** Capitalized sentence openers that are not the subject of a following {@code -ed} word. */
    private static final Set<String> NOT_SUBJECTS = Set.of(
            "the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "after", "before", "when", "while", "as",
            "but", "and", "if", "since", "by", "for", "with", "its", "their", "his", "her", "our", "once", "though");

    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "i", "it");
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "was", "were", "'ve", "'d");
    private static final Set<String> NOT_OUTCOME_LEMMAS = Set.of("be", "have", "do");

    private ClaimKindRule() {
    }

    static ClaimKind kindOf(List<ClaimWord> words) {
        int expectation = -1;
        int outcome = -1;
        boolean strongOutcome = false;
        boolean reported = false;
        for (int i = 0; i < words.size() && (expectation < 0 || outcome < 0); i++) {
            if (words.get(i).aside()) {
                continue;
            }
            int cueEnd = expectationCueEnd(words, i);
            if (cueEnd > i) {
                if (expectation < 0) {
                    expectation = i;
                }
                i = cueEnd - 1;
                continue;
            }
            if (outcome < 0 && isOutcomeCue(words, i)) {
                outcome = i;
                strongOutcome = OUTCOME_VERBS.contains(words.get(i).lower());
            }
            reported |= isReportingVerb(words.get(i));
        }
        // a bare past tense (often in a relative clause: "who arrived on Thursday") does not outweigh a later modal
        if (expectation >= 0 && (outcome < 0 || expectation < outcome || !strongOutcome)) {
            return ClaimKind.EXPECTATION;
        }
        return outcome >= 0 || reported ? ClaimKind.OUTCOME : ClaimKind.STATEMENT;
    }

    /** The end of an expectation cue starting at word {@code i}, or {@code i} when none starts there. */
    private static int expectationCueEnd(List<ClaimWord> words, int i) {
        ClaimWord w = words.get(i);
        String lower = w.lower();
        if (MODALS.contains(lower) && !(lower.equals("may") && w.isCapitalized() && i > 0)) {
            return i + 1;
        }
        if (w.hasPos("MD") && !lower.equals("can") && !lower.equals("ca")) {
            return i + 1;
        }
        String next = i + 1 < words.size() ? words.get(i + 1).lower() : "";
        if (DEMANDS.contains(lower)
                || (lower.equals("demand") || lower.equals("demands")) && (next.equals("that") || w.hasPos("VB"))) {
            return i + 1;
        }
        if (next.equals("to") && INTENT_VERBS.contains(lower)) {
            return i + 2;
        }
        if ((lower.startsWith("call") && (next.equals("for") || next.equals("on"))) || (lower.equals("press") && next.equals("for"))) {
            return i + 2;
        }
        if (BE.contains(lower)) {
            int k = i + 1;
            if (k < words.size() && words.get(k).lower().endsWith("ly") || k < words.size() && words.get(k).lower().equals("also")) {
                k++;
            }
            String at = k < words.size() ? words.get(k).lower() : "";
            String after = k + 1 < words.size() ? words.get(k + 1).lower() : "";
            if (at.equals("to")) {
                return k + 1;
            }
            if (BE_PARTICIPLES.contains(at) && after.equals("to")) {
                return k + 2;
            }
        }
        return i;
    }

    private static boolean isOutcomeCue(List<ClaimWord> words, int i) {
        ClaimWord w = words.get(i);
        String lower = w.lower();
        if (OUTCOME_VERBS.contains(lower)) {
            return true;
        }
        String next = i + 1 < words.size() ? words.get(i + 1).lower() : "";
        String after = i + 2 < words.size() ? words.get(i + 2).lower() : "";
        if ((lower.equals("was") || lower.equals("were")) && next.equals("able") && after.equals("to")
                || lower.equals("managed") && next.equals("to") || lower.equals("succeeded") && next.equals("in")) {
            return true;
        }
        if (w.pos() != null) {
            return isPastByTag(words, i);
        }
        return isPastAfterSubject(words, i);
    }

    /** A past-tense verb ({@code VBD}), or a participle ({@code VBN}) after {@code has} or {@code was}; not be, have, do or say. */
    private static boolean isPastByTag(List<ClaimWord> words, int i) {
        ClaimWord w = words.get(i);
        if (isReportingVerb(w) || NOT_OUTCOME_LEMMAS.contains(w.lemma()) || NOT_OUTCOME_LEMMAS.contains(lemmaGuess(w.lower()))) {
            return false;
        }
        if (w.hasPos("VBD")) {
            return true;
        }
        if (w.hasPos("VBN")) {
            for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
                if (AUXILIARIES.contains(words.get(k).lower())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Without tags: an {@code -ed} word right after a name or pronoun, optionally with one adverb between. */
    private static boolean isPastAfterSubject(List<ClaimWord> words, int i) {
        String lower = words.get(i).lower();
        if (lower.length() < 5 || !lower.endsWith("ed") || words.get(i).isCapitalized() || i == 0) {
            return false;
        }
        int k = i - 1;
        if (k > 0 && (words.get(k).lower().endsWith("ly") || words.get(k).lower().equals("also"))) {
            k--;
        }
        ClaimWord subject = words.get(k);
        return subject.isWord() && (subject.isCapitalized() && !NOT_SUBJECTS.contains(subject.lower())
                || SUBJECT_PRONOUNS.contains(subject.lower()));
    }

    private static boolean isReportingVerb(ClaimWord w) {
        return REPORTING_VERBS.contains(w.lower()) || w.hasPos("VB") && REPORTING_LEMMAS.contains(w.lemma());
    }

    private static String lemmaGuess(String lower) {
        return switch (lower) {
            case "was", "were", "been", "being" -> "be";
            case "had" -> "have";
            case "did", "done" -> "do";
            default -> lower;
        };
    }
}
