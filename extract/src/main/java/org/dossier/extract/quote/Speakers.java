package org.dossier.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.extract.internal.TokenIndex;
import org.dossier.model.Evidence;
import org.dossier.model.fact.Mention;
import org.dossier.model.fact.Quote;
import org.dossier.model.nlp.AnnotatedDocument;
import org.dossier.model.nlp.Sentence;
import org.dossier.model.nlp.Token;

/** Finds who says a quote from the tokens around it: candidates are people, organizations and definite titles. */
final class Speakers {

    record Attribution(Evidence speaker, Evidence speakerName, String cue) {
    }

    /** A possible speaker: token range and evidence; {@code pronoun} when it must be resolved to a name. */
    private record Candidate(int first, int last, Evidence evidence, boolean pronoun) {
    }

    private static final Set<String> SPEAKER_PRONOUNS = Set.of("he", "she", "they", "we", "i");
    private static final Set<String> NOUN_PHRASE_TAGS = Set.of("DT", "PDT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP",
            "NNPS", "CD", "POS", "HYPH", "VBN");
    /** Reporting verbs that introduce the words of the next sentence ("He said…", "She told reporters…"). */
    private static final Set<String> INTRODUCING = Set.of("say", "tell", "add", "write", "explain", "state", "declare", "insist",
            "argue", "warn", "reply", "respond", "answer");
    private static final Set<String> SKIP = Set.of(",", ".", "—", "–", "-", "--", "''", "\"", "”", "’");

    private final AnnotatedDocument doc;
    private final List<Token> tokens;
    private final List<Candidate> candidates = new ArrayList<>();
    private final TitleHolders titleHolders;

    Speakers(AnnotatedDocument doc, List<Mention> mentions) {
        this.doc = doc;
        this.tokens = doc.tokens();
        this.titleHolders = new TitleHolders(mentions);
        for (Mention m : mentions) {
            if (!m.type().equals("PERSON") && !m.type().equals("ORGANIZATION")) {
                continue;
            }
            Evidence e = m.widest();
            int f = TokenIndex.startingAt(tokens, e.start());
            int l = TokenIndex.endingAt(tokens, e.end());
            if (f >= 0 && l >= 0) {
                candidates.add(new Candidate(f, l, e, false));
            }
        }
        addDescriptions();
        candidates.sort((a, b) -> Integer.compare(a.first(), b.first()));
    }

    /** {@code the prime minister}, {@code the president}: a definite article and lower-case title words. */
    private void addDescriptions() {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!tokens.get(i).text().equalsIgnoreCase("the")) {
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && "TITLE".equals(tokens.get(j).ner()) && Character.isLowerCase(tokens.get(j).text().charAt(0))) {
                j++;
            }
            if (j > i + 1 && (j >= tokens.size() || !"PERSON".equals(tokens.get(j).ner()))) {
                candidates.add(new Candidate(i, j - 1, evidence(i, j - 1), false));
            }
        }
    }

    /**
     * Rule 1: {@code ," NAME said}, {@code ," said NAME}, {@code ," he said}, {@code ," according to NAME} right after the
     * closing mark; {@code ," a senior official said} and {@code ," said one diplomat} name an unnamed source (the words,
     * no name).
     */
    Attribution after(Sentence sentence, int closeMark) {
        int k = firstTokenAfter(closeMark, sentence);
        if (k < 0) {
            return null;
        }
        int end = sentence.endToken();
        Candidate c = candidateAt(k);
        if (c != null && c.last() + 1 < end && ReportingVerbs.isReportingVerb(tokens.get(c.last() + 1))) {
            return attribution(c, c.last() + 1);
        }
        Candidate pronoun = pronounAt(k);
        if (pronoun != null && k + 1 < end && ReportingVerbs.isReportingVerb(tokens.get(k + 1))) {
            return attribution(pronoun, k + 1);
        }
        if (ReportingVerbs.isReportingVerb(tokens.get(k)) && k + 1 < end) {
            Candidate named = candidateAt(k + 1);
            if (named != null) {
                return attribution(named, k);
            }
            int np = unnamedSourceEnd(k + 1, end);
            if (np > k + 1) {
                return new Attribution(evidence(k + 1, np - 1), null, QuoteExtractor.cue(tokens, k));
            }
        }
        if (isAccordingTo(k, end)) {
            Candidate named = candidateAt(k + 2);
            if (named != null) {
                return attribution(named, k);
            }
            int np = unnamedSourceEnd(k + 2, end);
            return new Attribution(np > k + 2 ? evidence(k + 2, np - 1) : null, null, "according to");
        }
        int np = unnamedSourceEnd(k, end);
        if (np > k && np < end && ReportingVerbs.isReportingVerb(tokens.get(np))) {
            return new Attribution(evidence(k, np - 1), null, QuoteExtractor.cue(tokens, np));
        }
        return null;
    }

    /**
     * Rule 4: a quote that is a sentence of its own takes the subject of the last reporting verb of the sentence before it
     * when that sentence ends with a colon or says someone spoke ({@code Ishiba told reporters: / “...”},
     * {@code Hayashi said the visit mattered. “...”}); null otherwise ("The ministry announced tariffs." does not introduce
     * the next quote).
     */
    Attribution previousSentence(Sentence quoteSentence) {
        if (quoteSentence.index() == 0) {
            return null;
        }
        Sentence before = doc.sentences().get(quoteSentence.index() - 1);
        boolean introduces = tokens.get(before.endToken() - 1).text().equals(":");
        for (int i = before.firstToken(); i < before.endToken() && !introduces; i++) {
            Token t = tokens.get(i);
            introduces = ReportingVerbs.isReportingVerb(t) && INTRODUCING.contains(t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT));
        }
        if (!introduces) {
            return null;
        }
        Attribution a = before(before, before.end() + 1, null);
        return a == null || a.speaker() == null ? null : a;
    }

    /** True when every token of {@code sentence} outside {@code [from, to)} is punctuation. */
    boolean onlyPunctuationOutside(Sentence sentence, int from, int to) {
        for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
            Token t = tokens.get(i);
            if ((t.end() <= from || t.start() >= to) && t.text().chars().anyMatch(Character::isLetterOrDigit)) {
                return false;
            }
        }
        return true;
    }

    /** Rule 2: the subject of the last reporting verb before the opening mark, in the same sentence. */
    Attribution before(Sentence sentence, int openMark, Quote previous) {
        int verb = -1;
        boolean accordingTo = false;
        for (int i = sentence.firstToken(); i < sentence.endToken() && tokens.get(i).end() <= openMark; i++) {
            Token t = tokens.get(i);
            if (ReportingVerbs.isReportingVerb(t)) {
                verb = i;
                accordingTo = false;
            } else if (isAccordingTo(i, sentence.endToken())) {
                verb = i;
                accordingTo = true;
            }
        }
        if (verb < 0) {
            return null;
        }
        if (accordingTo) {
            Candidate c = candidateAt(verb + 2);
            return c == null ? new Attribution(null, null, "according to") : attribution(c, verb);
        }
        Candidate nearest = null;
        Candidate subject = null;
        for (Candidate c : candidates) {
            if (c.first() < sentence.firstToken() || c.last() >= verb) {
                continue;
            }
            nearest = c;
            if (isSubjectLike(c.last() + 1, verb)) {
                subject = c;
            }
        }
        Candidate chosen = subject != null ? subject : nearest;
        if (chosen == null) {
            for (int i = verb - 1; i >= sentence.firstToken(); i--) {
                Candidate p = pronounAt(i);
                if (p != null) {
                    chosen = p;
                    break;
                }
            }
        }
        return chosen == null ? new Attribution(null, null, QuoteExtractor.cue(tokens, verb)) : attribution(chosen, verb);
    }

    private boolean isAccordingTo(int i, int end) {
        return i + 1 < end && tokens.get(i).text().equalsIgnoreCase("according") && tokens.get(i + 1).text().equalsIgnoreCase("to");
    }

    /**
     * The end (exclusive) of an unnamed source starting at {@code from}: a noun phrase of at most eight words without a
     * person's name, ending in a common noun ({@code a senior official}, {@code two diplomats}, {@code White House
     * officials}); {@code from} when there is none.
     */
    private int unnamedSourceEnd(int from, int end) {
        int lastNoun = -1;
        for (int i = from; i < end && i < from + 8; i++) {
            Token t = tokens.get(i);
            String pos = t.pos() == null ? "" : t.pos();
            if ("PERSON".equals(t.ner()) || !NOUN_PHRASE_TAGS.contains(pos) && !t.text().equals("-")) {
                break;
            }
            if (pos.equals("NN") || pos.equals("NNS")) {
                lastNoun = i;
            }
        }
        return lastNoun < 0 ? from : lastNoun + 1;
    }

    /** A candidate is subject-like when a verb (possibly after an adverb or an apposition) follows it. */
    private boolean isSubjectLike(int next, int verb) {
        if (next >= tokens.size()) {
            return false;
        }
        if (next == verb) {
            return true;
        }
        String pos = tokens.get(next).pos();
        if (pos == null) {
            return false;
        }
        if (pos.startsWith("VB") || pos.equals("MD")) {
            return true;
        }
        return pos.startsWith("RB") && next + 1 < tokens.size() && tokens.get(next + 1).pos() != null
                && tokens.get(next + 1).pos().startsWith("VB");
    }

    private Attribution attribution(Candidate c, int verb) {
        Evidence name = c.pronoun() ? resolvePronoun(c.first()) : c.evidence();
        if (!c.pronoun() && c.evidence().text().toLowerCase(Locale.ROOT).startsWith("the ")) {
            Evidence holder = titleHolders.holder(c.evidence().text(), c.evidence().start());
            name = holder != null ? holder : name;
        }
        return new Attribution(c.evidence(), name, QuoteExtractor.cue(tokens, verb));
    }

    /** The nearest person named before a pronoun, within its sentence and the two before it. */
    private Evidence resolvePronoun(int pronounIndex) {
        Sentence s = doc.sentenceAt(tokens.get(pronounIndex).start());
        int floor = s == null ? 0 : doc.sentences().get(Math.max(0, s.index() - 2)).firstToken();
        Candidate best = null;
        for (Candidate c : candidates) {
            if (c.last() < pronounIndex && c.first() >= floor && !c.pronoun()) {
                best = c;
            }
        }
        return best == null ? null : best.evidence();
    }

    private Candidate candidateAt(int tokenIndex) {
        for (Candidate c : candidates) {
            if (c.first() == tokenIndex) {
                return c;
            }
        }
        return null;
    }

    private Candidate pronounAt(int tokenIndex) {
        if (tokenIndex < 0 || tokenIndex >= tokens.size()) {
            return null;
        }
        Token t = tokens.get(tokenIndex);
        if (SPEAKER_PRONOUNS.contains(t.text().toLowerCase(Locale.ROOT))) {
            return new Candidate(tokenIndex, tokenIndex, evidence(tokenIndex, tokenIndex), true);
        }
        return null;
    }

    private int firstTokenAfter(int offset, Sentence sentence) {
        for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
            Token t = tokens.get(i);
            if (t.start() > offset && !SKIP.contains(t.text())) {
                return i;
            }
        }
        return -1;
    }

    private Evidence evidence(int first, int last) {
        return Evidence.of(doc.source().id(), doc.text(), tokens.get(first).start(), tokens.get(last).end());
    }
}
