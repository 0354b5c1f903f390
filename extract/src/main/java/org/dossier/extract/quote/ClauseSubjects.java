package org.dossier.extract.quote;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.model.nlp.Sentence;
import org.dossier.model.nlp.Token;

/**
 * Finds the subject of a verb from part-of-speech tags alone, for speaker rules: the noun phrase or pronoun right before
 * the verb (past adverbs, auxiliaries and a closing comma); a name inside a prepositional phrase or an apposition of that
 * phrase gives way to the person it modifies ({@code Nancy Pelosi, the Speaker of the House, said}, {@code Yvette Cooper
 * of the Labour Party added}); a participle after a comma takes the subject of the clause's verb ({@code Trump gave
 * a speech, saying}); {@code quoted X as saying} takes X. Tokens inside quotation marks are never subjects or verbs.
 */
final class ClauseSubjects {

    /**
     * A subject: its candidate, or null for a noun phrase the name tagger did not mark: {@code proper} when its words
     * are all proper nouns (a name the tagger missed: "Cherry", "Liberal Democrats"), else it names no one ("a number of
     * senators"); token range.
     */
    record Subject(SpeakerCandidate candidate, int first, int last, boolean proper) {

        Subject(SpeakerCandidate candidate, int first, int last) {
            this(candidate, first, last, false);
        }
    }

    private static final Set<String> AUXILIARY = Set.of("be", "have", "do", "is", "was", "were", "are", "has", "had", "been",
            "did", "does");
    private static final Set<String> PREPOSITIONS = Set.of("of", "for", "at", "from", "with", "in", "on");
    /** Words inside one multi-word name ("High Court of England and Wales"). */
    private static final Set<String> NAME_LINKS = Set.of("of", "and", "for", "&");
    private static final Set<String> ADJUNCT_BEFORE_PARTICIPLE = Set.of(",", "by", "while", "when", "after", "before");
    private static final Set<String> NOUN_PHRASE_TAGS = Set.of("DT", "PDT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP",
            "NNPS", "CD", "POS", "HYPH", "VBN");

    private final List<Token> tokens;
    private final List<SpeakerCandidate> candidates;
    private final boolean[] quoted;

    /** {@code candidates} sorted by position; {@code quoted[i]}: token i is inside quotation marks. */
    ClauseSubjects(List<Token> tokens, List<SpeakerCandidate> candidates, boolean[] quoted) {
        this.tokens = tokens;
        this.candidates = candidates;
        this.quoted = quoted;
    }

    /** The subject of the verb at {@code verb}, looking no further left than token {@code floor}; null when none is found. */
    Subject subjectOf(int verb, int floor) {
        return subjectOf(verb, floor, 0);
    }

    /** The subject of the first finite verb before token {@code limit} in {@code sentence} that has one; null if none. */
    Subject mainSubject(Sentence sentence, int limit) {
        for (int i = sentence.firstToken(); i < limit && i < sentence.endToken(); i++) {
            if (!quoted[i] && finite(tokens.get(i))) {
                Subject s = subjectOf(i, sentence.firstToken());
                if (s != null) {
                    return s;
                }
            }
        }
        return null;
    }

    private Subject subjectOf(int verb, int floor, int depth) {
        if (depth > 2 || verb <= floor) {
            return null;
        }
        String pos = pos(verb);
        // quoted X as saying: X
        if (pos.equals("VBG") && word(verb - 1).equals("as")) {
            for (int p = verb - 2; p >= floor; p--) {
                if (!quoted[p] && pos(p).startsWith("VB")) {
                    for (SpeakerCandidate c : candidates) {
                        if (c.first() > p && c.last() < verb - 1 && !c.pronoun()) {
                            return new Subject(c, c.first(), c.last());
                        }
                    }
                    break;
                }
            }
        }
        // a participle after a comma or "by" (adverbs between), or after the object of the clause's verb ("issued a
        // statement saying"): the subject of the clause's verb; after a name or pronoun ("with Trump saying"), that one
        int before = verb - 1;
        while (before > floor && pos(before).startsWith("RB")) {
            before--;
        }
        if (pos.equals("VBG") && (ADJUNCT_BEFORE_PARTICIPLE.contains(word(before)) || candidateEndingAt(before) == null)) {
            for (int p = before - 1; p >= floor; p--) {
                if (!quoted[p] && finite(tokens.get(p))) {
                    return subjectOf(reportingHead(p, floor), floor, depth + 1);
                }
            }
            if (ADJUNCT_BEFORE_PARTICIPLE.contains(word(before))) {
                return null;
            }
        }
        int i = verb - 1;
        boolean comma = false;
        while (i >= floor && !quoted[i] && (pos(i).startsWith("RB") || pos(i).equals("MD") || auxiliary(i) || word(i).equals(","))) {
            int adjunct = word(i).equals(",") ? adjunctStart(i, floor) : -1;
            if (adjunct >= 0) {
                // ", in its statement," or ", however,": an adjunct between the subject and the verb
                i = adjunct - 1;
                continue;
            }
            comma |= word(i).equals(",");
            i--;
        }
        if (i < floor || quoted[i]) {
            return null;
        }
        SpeakerCandidate right = candidateEndingAt(i);
        if (right != null && right.pronoun()) {
            return new Subject(right, i, i);
        }
        int npFirst = right != null ? extendLeft(right.first(), floor) : nounPhraseStart(i, floor);
        if (npFirst < 0) {
            return null;
        }
        // climb from a name in a prepositional phrase or an apposition to the phrase it modifies, up to a person
        SpeakerCandidate found = right;
        int first = npFirst;
        SpeakerCandidate current = right;
        int headLast = i;
        while ((current == null || !current.person()) && first - 1 > floor) {
            int k = first - 1;
            // "John Sifton, researcher at Human Rights Watch said": an apposition whose closing comma the writer left out,
            // after a person's name that opens the clause
            boolean apposition = !comma && word(k).equals(",") && !pos(first).startsWith("NNP") && description(first)
                    && personOpening(k - 1, floor);
            boolean link = PREPOSITIONS.contains(word(k)) || comma && word(k).equals(",") || apposition;
            if (!link || quoted[k - 1]) {
                break;
            }
            comma &= !word(k).equals(",");
            current = candidateEndingAt(k - 1);
            int start = current != null ? extendLeft(current.first(), floor) : nounPhraseStart(k - 1, floor);
            if (start < 0 || current != null && current.pronoun()) {
                break;
            }
            first = start;
            if (current != null && (found == null || current.person())) {
                found = current;
            }
            headLast = k - 1;
        }
        if (found != null) {
            return new Subject(found, found.first(), found.last());
        }
        // the outermost phrase, when it is a name the tagger missed: with the of-phrases that continue it ("High Court
        // of England and Wales"), not with an apposition ("Lisa Parry, a retired nurse")
        int[] proper = properName(first, headLast);
        if (proper != null) {
            int end = headLast;
            while (end < i && (pos(end + 1).startsWith("NNP") || pos(end + 1).equals("DT") || NAME_LINKS.contains(word(end + 1)))) {
                end++;
            }
            return new Subject(null, proper[0], end == i ? i : headLast, true);
        }
        return new Subject(null, first, i);
    }

    /** True when the phrase at {@code first} is a lower-case description ("a former expert", "researcher at …"). */
    private boolean description(int first) {
        String w = word(first);
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && (pos(first).equals("DT") || pos(first).startsWith("JJ")
                || pos(first).startsWith("NN"));
    }

    /** True when a person's name (not a pronoun) ends at {@code last} and opens the clause at {@code floor}. */
    private boolean personOpening(int last, int floor) {
        SpeakerCandidate c = candidateEndingAt(last);
        return c != null && c.person() && !c.pronoun() && extendLeft(c.first(), floor) == floor;
    }

    /**
     * The finite verb whose subject a participle shares: {@code verb}, or the reporting verb whose that-clause holds it
     * ("Andresol remarked that blackouts resulted in crime, adding": remarked, not resulted).
     */
    private int reportingHead(int verb, int floor) {
        for (int q = verb - 1; q >= floor; q--) {
            if (!quoted[q] && finite(tokens.get(q)) && ReportingVerbs.isReportingVerb(tokens.get(q)) && word(q + 1).equals("that")) {
                return q;
            }
        }
        return verb;
    }

    /** The proper nouns of tokens {@code [first, last]} after its determiners, when that is all it holds; else null. */
    private int[] properName(int first, int last) {
        int start = first;
        while (start <= last && pos(start).equals("DT")) {
            start++;
        }
        for (int k = start; k <= last; k++) {
            if (!pos(k).equals("NNP") && !pos(k).equals("NNPS")) {
                return null;
            }
        }
        return start <= last ? new int[] {start, last} : null;
    }

    /**
     * For the comma at {@code close}: the comma opening an adjunct set off by the two ({@code , in its statement,},
     * {@code , however,}, {@code , speaking to reporters,}, {@code , who led the petition,}), one that starts with a
     * preposition, adverb, participle or wh-word; -1 otherwise.
     */
    private int adjunctStart(int close, int floor) {
        for (int j = close - 1; j > floor && j >= close - 12; j--) {
            if (quoted[j]) {
                return -1;
            }
            if (word(j).equals(",")) {
                String first = pos(j + 1);
                boolean adjunct = j + 1 < close && (first.equals("IN") || first.startsWith("RB") || first.equals("VBG")
                        || first.equals("TO") || first.startsWith("W"));
                return adjunct ? j : -1;
            }
        }
        return -1;
    }

    /** The first token of the noun phrase ending at {@code last} (names of any kind included); -1 when it is no noun phrase. */
    private int nounPhraseStart(int last, int floor) {
        if (!pos(last).startsWith("NN") && !pos(last).equals("CD")) {
            return -1;
        }
        return extendLeft(last, floor);
    }

    /** {@code first} moved left over determiners, adjectives, nouns and possessives ("the Trump administration's"). */
    private int extendLeft(int first, int floor) {
        int j = first;
        while (j - 1 >= floor && !quoted[j - 1] && (NOUN_PHRASE_TAGS.contains(pos(j - 1))
                || word(j - 1).equals("and") && pos(j).equals("NNP") && pos(j - 2).equals("NNP"))) {
            j--;
        }
        return j;
    }

    private SpeakerCandidate candidateEndingAt(int i) {
        SpeakerCandidate best = null;
        for (SpeakerCandidate c : candidates) {
            if (c.last() == i && (best == null || c.first() < best.first())) {
                best = c;
            }
        }
        return best;
    }

    private boolean auxiliary(int i) {
        Token t = tokens.get(i);
        String lemma = t.lemma() == null ? t.text() : t.lemma();
        return pos(i).startsWith("VB") && AUXILIARY.contains(lemma.toLowerCase(Locale.ROOT));
    }

    private static boolean finite(Token t) {
        String pos = t.pos() == null ? "" : t.pos();
        return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
    }

    private String pos(int i) {
        return i < 0 || tokens.get(i).pos() == null ? "" : tokens.get(i).pos();
    }

    private String word(int i) {
        return i < 0 ? "" : tokens.get(i).text().toLowerCase(Locale.ROOT);
    }
}
