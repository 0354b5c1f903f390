package org.dossier.extract.time;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.extract.time.TimeExpressionExtractor.Tense;
import org.dossier.model.nlp.Token;

/**
 * The tense of the verb group a time expression belongs to: the nearest verb group before it in its sentence, else the
 * first after it that is not an infinitive. A sentence can mix tenses ("Vladescu added that the contract may be signed on September 12"), and the
 * date goes with its own clause's verb, not with the count of the sentence's verbs.
 * <ul>
 * <li>{@code will}, {@code shall}, {@code 'll} and other modals but {@code would}/{@code could} are future, unless a
 * perfect follows ("may have signed"): past;
 * <li>an infinitive takes the tense of the verb governing it ("voted to lift it on Saturday": past), or of a word of
 * plan or expectation ("is expected to visit", "was scheduled to arrive"): future; without a verb before it ("an event
 * to be held on October 12") it says nothing;
 * <li>a past-tense verb, a past perfect ("had signed") or a participle after a noun ("plans announced in January"):
 * past; the present perfect ("has been scheduled") says nothing;
 * but the end of a state ("held markets closed until Friday") goes with the verb before the participle; gerunds and
 * participles before a noun ("existing plans") are adjectives;
 * <li>a present passive of plan ("is set for", "are scheduled for"): future;
 * <li>present tense, gerunds and {@code would}/{@code could}: no tense.
 * </ul>
 */
final class LocalTense {

    private static final Set<String> FUTURE_MODALS = Set.of("will", "shall", "'ll", "wo", "may", "might", "must", "should",
            "can", "ca");
    private static final Set<String> PLAN_WORDS = Set.of("expected", "scheduled", "set", "due", "plans", "plan", "planned",
            "planning", "aims", "aim", "intends", "intend", "going", "hopes", "hope", "hoped", "wants", "want", "is", "are",
            "anticipated", "slated", "projected", "poised", "likely", "about");
    private static final Set<String> SCHEDULED = Set.of("set", "scheduled", "slated", "planned", "expected", "due", "timed");
    private static final Set<String> HAVE = Set.of("has", "have", "had", "having", "'ve", "'d");

    private LocalTense() {
    }

    /** The tense of the verb group nearest the expression at tokens {@code [first, last]} of {@code sentence}. */
    static Tense at(List<Token> sentence, int first, int last) {
        boolean participle = false;
        for (int i = first - 1; i >= 0; i--) {
            if (isComplementizer(sentence.get(i))) {
                // "announced that from June 15, wearing a face covering would become compulsory": the date belongs to the
                // clause "that" opens, whose verb comes after it
                break;
            }
            if (!isVerb(sentence.get(i)) || isAttributive(sentence, i)) {
                continue;
            }
            if (isBareParticiple(sentence, i) && endsAState(sentence, i, first)) {
                participle = true;
                continue;
            }
            return groupTense(sentence, i);
        }
        if (participle) {
            return Tense.PAST;
        }
        for (int i = last + 1; i < sentence.size(); i++) {
            if (isVerb(sentence.get(i))) {
                int end = i;
                while (end + 1 < sentence.size() && (isVerb(sentence.get(end + 1)) || isAdverb(sentence.get(end + 1)))) {
                    end++;
                }
                if (i > 0 && isTo(sentence.get(i - 1))) {
                    // "On Thursday, X, a candidate in the election to be held on August 9, held a rally": an infinitive
                    // after the expression belongs to a phrase of its own; the clause's verb comes later
                    i = end;
                    continue;
                }
                return groupTense(sentence, end);
            }
        }
        return Tense.OTHER;
    }

    /** The tense of the verb group ending at token {@code end}: its tokens are read back to its first word. */
    private static Tense groupTense(List<Token> s, int end) {
        int start = end;
        while (start - 1 >= 0 && (isVerb(s.get(start - 1)) || isAdverb(s.get(start - 1)) || isTo(s.get(start - 1)))) {
            start--;
            if (isTo(s.get(start))) {
                break;
            }
        }
        while (start < end && isAdverb(s.get(start))) {
            // "unanimously voted": the group's first word is its first verb, not an adverb before it
            start++;
        }
        Token head = s.get(start);
        boolean have = false;
        boolean perfect = false;
        for (int i = start; i <= end; i++) {
            have |= HAVE.contains(lower(s.get(i)));
            perfect |= have && "VBN".equals(s.get(i).pos());
        }
        if (perfect && lower(head).matches("has|have|'ve")) {
            // the present perfect links the past to now and dates nothing by itself ("A June 3 hearing has been scheduled")
            return Tense.OTHER;
        }
        if (lower(head).matches("is|are|'s|'re|am") && end > start && SCHEDULED.contains(lower(s.get(end)))) {
            // "the vote is set for Tuesday", "talks are scheduled for March 3": a plan, so the date is ahead
            return Tense.FUTURE;
        }
        if (isTo(head)) {
            if (start > 0 && PLAN_WORDS.contains(lower(s.get(start - 1)))) {
                return Tense.FUTURE;
            }
            // "voted to lift it on Saturday": the date goes with the verb that governs the infinitive, when there is one
            return start > 0 && isVerb(s.get(start - 1)) && !isTo(s.get(start - 1)) ? groupTense(s, start - 1) : Tense.OTHER;
        }
        if ("MD".equals(head.pos())) {
            if (perfect) {
                return Tense.PAST;
            }
            return FUTURE_MODALS.contains(lower(head)) ? Tense.FUTURE : Tense.OTHER;
        }
        if (perfect || "VBD".equals(head.pos()) || "VBN".equals(head.pos())) {
            return Tense.PAST;
        }
        return Tense.OTHER;
    }

    /**
     * A past participle with no auxiliary after a noun qualifies that noun. It dates its own event ("plans announced in
     * January": past), but the end of a state it names ("kept markets closed until Friday") goes with the verb before it.
     */
    private static boolean isBareParticiple(List<Token> s, int i) {
        String pos = s.get(i).pos();
        return i > 0 && ("VBN".equals(pos) || "VBD".equals(pos)) && s.get(i - 1).pos() != null
                && s.get(i - 1).pos().startsWith("NN");
    }

    /** True when {@code until}, {@code till} or {@code through} lies between the participle and the expression. */
    private static boolean endsAState(List<Token> s, int participle, int expression) {
        for (int k = participle + 1; k < expression; k++) {
            if (lower(s.get(k)).matches("until|till|through|throughout")) {
                return true;
            }
        }
        return false;
    }

    /** A gerund or participle used as an adjective, right before a noun ("existing plans"). */
    private static boolean isAttributive(List<Token> s, int i) {
        String pos = s.get(i).pos();
        return ("VBG".equals(pos) || "VBN".equals(pos)) && i + 1 < s.size() && s.get(i + 1).pos() != null
                && s.get(i + 1).pos().startsWith("NN");
    }

    /** "that" opening a clause (tagged as a preposition), not the determiner ("that day"). */
    private static boolean isComplementizer(Token t) {
        return t.text().equalsIgnoreCase("that") && "IN".equals(t.pos());
    }

    private static boolean isVerb(Token t) {
        // "according to" is a preposition, whatever its tag
        return t.pos() != null && (t.pos().startsWith("VB") || t.pos().equals("MD")) && !t.text().equalsIgnoreCase("according");
    }

    private static boolean isAdverb(Token t) {
        return t.pos() != null && (t.pos().equals("RB") || t.pos().equals("RBR")) && !t.text().equalsIgnoreCase("ago");
    }

    private static boolean isTo(Token t) {
        return "TO".equals(t.pos()) || t.text().equalsIgnoreCase("to") && t.pos() == null;
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }
}
