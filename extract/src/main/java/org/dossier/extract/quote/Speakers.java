package org.dossier.extract.quote;

import java.util.ArrayList;
import java.util.BitSet;
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

    private static final Set<String> SPEAKER_PRONOUNS = Set.of("he", "she", "they", "we", "i");
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "i");
    private static final Set<String> NOUN_PHRASE_TAGS = Set.of("DT", "PDT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP",
            "NNPS", "CD", "POS", "HYPH", "VBN");
    /** Reporting verbs that introduce the words of the next sentence ("He said…", "She told reporters…"). */
    private static final Set<String> INTRODUCING = Set.of("say", "tell", "add", "write", "explain", "state", "declare", "insist",
            "argue", "warn", "reply", "respond", "answer", "criticize", "criticise", "tweet", "comment", "remark", "describe",
            "recount", "recall");
    private static final Set<String> SKIP = Set.of(",", ".", "—", "–", "-", "--", "''", "\"", "”", "’");

    private final AnnotatedDocument doc;
    private final List<Token> tokens;
    private final List<SpeakerCandidate> candidates = new ArrayList<>();
    private final TitleHolders titleHolders;
    /** Tokens inside quotation marks (marks included): never subjects, verbs or pronouns to resolve. */
    private final boolean[] quoted;
    private final ClauseSubjects subjects;

    /** Speakers in {@code doc}, whose quotation marks are {@code marks}. */
    Speakers(AnnotatedDocument doc, List<Mention> mentions, List<QuoteFinder.Marked> marks) {
        this.doc = doc;
        this.tokens = doc.tokens();
        this.titleHolders = new TitleHolders(mentions, doc.text());
        this.quoted = new boolean[tokens.size()];
        for (QuoteFinder.Marked m : marks) {
            for (int i = 0; i < tokens.size(); i++) {
                quoted[i] |= tokens.get(i).start() >= m.open() && tokens.get(i).end() <= m.close() + 1;
            }
        }
        for (Mention m : mentions) {
            if (!m.type().equals("PERSON") && !m.type().equals("ORGANIZATION")) {
                continue;
            }
            Evidence e = m.widest();
            int f = TokenIndex.startingAt(tokens, e.start());
            int l = TokenIndex.endingAt(tokens, e.end());
            if (f >= 0 && l >= 0) {
                candidates.add(new SpeakerCandidate(f, l, e, m.type()));
            }
        }
        addDescriptions();
        candidates.sort((a, b) -> Integer.compare(a.first(), b.first()));
        List<SpeakerCandidate> withPronouns = new ArrayList<>(candidates);
        for (int i = 0; i < tokens.size(); i++) {
            SpeakerCandidate p = pronounAt(i);
            if (p != null && !quoted[i]) {
                withPronouns.add(p);
            }
        }
        withPronouns.sort((a, b) -> Integer.compare(a.first(), b.first()));
        this.subjects = new ClauseSubjects(tokens, withPronouns, quoted);
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
                candidates.add(new SpeakerCandidate(i, j - 1, evidence(i, j - 1), "DESCRIPTION"));
            }
        }
    }

    /**
     * Rule 1: {@code ," NAME said}, {@code ," said NAME}, {@code ," he said}, {@code ," according to NAME} right after the
     * closing mark; {@code ," a senior official said} and {@code ," said one diplomat} name an unnamed source (the words,
     * no name), unless a person's name follows the description ({@code ," said judge Astill}, {@code ," said one
     * resident, Omen Cola}).
     */
    Attribution after(Sentence sentence, int closeMark) {
        int k = firstTokenAfter(closeMark, sentence);
        if (k < 0 && sentence.index() + 1 < doc.sentences().size()) {
            // "… steal." said one resident: a sentence split after the closing mark, the next one going on in lower case
            Sentence next = doc.sentences().get(sentence.index() + 1);
            Token first = tokens.get(next.firstToken());
            if (closeMark < first.start() && doc.text().substring(closeMark + 1, first.start()).matches("[\\s.,]{0,3}")
                    && Character.isLowerCase(first.text().charAt(0)) && ReportingVerbs.isReportingVerb(first)) {
                sentence = next;
                k = next.firstToken();
            }
        }
        if (k < 0) {
            return null;
        }
        int end = sentence.endToken();
        SpeakerCandidate c = candidateAt(k);
        if (c != null && c.last() + 1 < end && ReportingVerbs.isAfterQuote(tokens.get(c.last() + 1))) {
            return attribution(c, c.last() + 1);
        }
        SpeakerCandidate pronoun = pronounAt(k);
        if (pronoun != null && k + 1 < end && ReportingVerbs.isAfterQuote(tokens.get(k + 1))) {
            return attribution(pronoun, k + 1);
        }
        if (tokens.get(k).text().equalsIgnoreCase("it") && k + 1 < end && ReportingVerbs.isAfterQuote(tokens.get(k + 1))) {
            // ," it said: the organization that is the subject just before, if any
            return new Attribution(evidence(k, k), resolvePronoun(k), QuoteExtractor.cue(tokens, k + 1));
        }
        if (ReportingVerbs.isReportingVerb(tokens.get(k)) && k + 1 < end) {
            SpeakerCandidate named = candidateAt(k + 1);
            if (named != null) {
                return attribution(named, k);
            }
            int np = unnamedSourceEnd(k + 1, end);
            if (np > k + 1) {
                // ," said judge Astill / ," said one local resident, Omen Cola: the person the description names
                int n = np < end && tokens.get(np).text().equals(",") ? np + 1 : np;
                SpeakerCandidate apposed = n < end ? candidateAt(n) : null;
                // any kind of name (the tagger may call a resident's name an organization), unless a verb of its own
                // follows it (", said one official, AFP reported")
                if (apposed != null && !apposed.pronoun() && (apposed.person()
                        || apposed.last() + 1 >= end || !String.valueOf(tokens.get(apposed.last() + 1).pos()).startsWith("VB"))) {
                    return attribution(apposed, k);
                }
                return new Attribution(evidence(k + 1, np - 1), organizationByHead(k + 1, np - 1), QuoteExtractor.cue(tokens, k));
            }
        }
        if (isAccordingTo(k, end)) {
            SpeakerCandidate named = accordingToSource(k + 2, end);
            if (named != null) {
                return attribution(named, k);
            }
            int np = unnamedSourceEnd(k + 2, end);
            return new Attribution(np > k + 2 ? evidence(k + 2, np - 1) : null, null, "according to");
        }
        int np = unnamedSourceEnd(k, end);
        if (np > k && np < end && ReportingVerbs.isReportingVerb(tokens.get(np))) {
            return new Attribution(evidence(k, np - 1), organizationByHead(k, np - 1), QuoteExtractor.cue(tokens, np));
        }
        return subjectOfNextVerb(k, end);
    }

    /**
     * {@code ," Labour Party leader Jeremy Corbyn said}: the named subject of a reporting verb that follows the quote within
     * a few words, before any other verb; null otherwise.
     */
    private Attribution subjectOfNextVerb(int k, int end) {
        for (int v = k + 1; v < end && v <= k + 8 && !quoted[v]; v++) {
            Token t = tokens.get(v);
            if (ReportingVerbs.isReportingVerb(t)) {
                ClauseSubjects.Subject subject = subjects.subjectOf(v, k);
                if (subject == null) {
                    return null;
                }
                if (subject.candidate() != null) {
                    return attribution(subject.candidate(), v);
                }
                // a name the tagger missed ("," Ban stated): proper nouns only
                Evidence words = evidence(subject.first(), subject.last());
                return subject.proper() ? new Attribution(words, words, QuoteExtractor.cue(tokens, v)) : null;
            }
            String lemma = t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT);
            if (t.pos() != null && (t.pos().startsWith("VB") && !lemma.equals("have") && !lemma.equals("be") || t.pos().equals("."))) {
                return null;
            }
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
            return personIntroduced(before, quoteSentence);
        }
        Attribution a = before(before, before.end() + 1, null);
        return a == null || a.speaker() == null ? null : a;
    }

    /**
     * A quote opening the sentence right after one, in the same paragraph, whose main subject is a person named there
     * ({@code Joseph Delva, a reporter, was in the area when the tremors struck. “Everything started shaking.”}): that
     * person, without a cue; null when the subject is not a named person (an organization's deed does not introduce a
     * quote) or a paragraph break comes between.
     */
    private Attribution personIntroduced(Sentence before, Sentence quoteSentence) {
        if (doc.text().substring(before.end(), quoteSentence.start()).contains("\n") || allQuoted(before)) {
            return null;
        }
        ClauseSubjects.Subject subject = subjects.mainSubject(before, before.endToken());
        SpeakerCandidate c = subject == null ? null : subject.candidate();
        if (c == null || !c.person()) {
            return null;
        }
        return new Attribution(c.evidence(), nameOf(c), null);
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
        BitSet aside = Asides.in(tokens, sentence, openMark);
        for (int i = sentence.firstToken(); i < sentence.endToken() && tokens.get(i).end() <= openMark; i++) {
            Token t = tokens.get(i);
            if (quoted[i] || aside.get(i)) {
                continue;
            }
            if (ReportingVerbs.isReportingVerb(t) || ReportingVerbs.isAfterQuote(t) && introducesNext(i, openMark)) {
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
            SpeakerCandidate c = accordingToSource(verb + 2, sentence.endToken());
            return c == null ? new Attribution(null, null, "according to") : attribution(c, verb);
        }
        int dash = Asides.unclosedDash(tokens, quoted, verb + 1, openMark, aside);
        if (dash >= 0) {
            // the quote sits in an aside opened after the verb ("when a reporter asked about tariffs—that he was “...”"):
            // the verb does not introduce it; the nearest name before the aside, without a cue
            Attribution a = nearestBefore(sentence, dash);
            return a.speaker() == null ? null : new Attribution(a.speaker(), a.speakerName(), null);
        }
        ClauseSubjects.Subject subject = subjects.subjectOf(verb, sentence.firstToken());
        if (subject != null) {
            Evidence words = evidence(subject.first(), subject.last());
            return subject.candidate() != null ? attribution(subject.candidate(), verb)
                    : new Attribution(words, subject.proper() ? words : null, QuoteExtractor.cue(tokens, verb));
        }
        return nearestBefore(sentence, verb);
    }

    /** True when the verb at {@code i} is followed only by a comma or colon and then the opening mark ({@code Johnson continued, “}). */
    private boolean introducesNext(int i, int openMark) {
        int next = i + 1;
        return next < tokens.size() && (tokens.get(next).text().equals(",") || tokens.get(next).text().equals(":"))
                && next + 1 < tokens.size() && tokens.get(next + 1).start() >= openMark;
    }

    /**
     * Rule 3b: a quote right after a comma or colon that closes a clause with no reporting verb ({@code Trump, also on
     * Twitter, defended his decision, “...”}) takes the subject of the sentence's main clause; null when there is none.
     * Only for quotes long enough to count as speech without an attribution, so a short phrase is not made speech by it.
     */
    Attribution mainClauseBefore(Sentence sentence, int openMark) {
        int mark = -1;
        for (int i = sentence.firstToken(); i < sentence.endToken() && tokens.get(i).end() <= openMark; i++) {
            mark = i;
        }
        if (mark < 0 || !tokens.get(mark).text().matches("[,:;]") || quoted[mark]) {
            return null;
        }
        ClauseSubjects.Subject subject = subjects.mainSubject(sentence, mark);
        if (subject == null || subject.candidate() == null) {
            return null;
        }
        Attribution a = attribution(subject.candidate(), mark);
        return new Attribution(a.speaker(), a.speakerName(), null);
    }

    /**
     * The organization a definite description of one noun stands for: "the party" is the last organization named before
     * it whose name ends with that noun ("Thai Raksa Chart party"); null for any other phrase or when none is named.
     */
    private Evidence organizationByHead(int first, int last) {
        if (last != first + 1 || !tokens.get(first).text().equalsIgnoreCase("the") || !"NN".equals(tokens.get(last).pos())) {
            return null;
        }
        String head = tokens.get(last).text();
        Evidence found = null;
        for (SpeakerCandidate c : candidates) {
            if (c.last() < first && c.kind().equals("ORGANIZATION") && !quoted[c.first()]
                    && tokens.get(c.last()).text().equalsIgnoreCase(head)) {
                found = c.evidence();
            }
        }
        return found;
    }

    /** The first person (or organization) named outside quotation marks in {@code sentence}; null when none is. */
    private SpeakerCandidate firstFitting(Sentence sentence, boolean organization) {
        for (SpeakerCandidate c : candidates) {
            if (c.first() >= sentence.firstToken() && c.last() < sentence.endToken() && !quoted[c.first()]
                    && (organization ? c.kind().equals("ORGANIZATION") : c.person())) {
                return c;
            }
        }
        return null;
    }

    /** True when every token of {@code sentence} is inside quotation marks or is punctuation. */
    private boolean allQuoted(Sentence sentence) {
        for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
            if (!quoted[i] && !SKIP.contains(tokens.get(i).text())) {
                return false;
            }
        }
        return true;
    }

    /** The old fallback when no subject is found: the last subject-like name before the verb, else the nearest. */
    private Attribution nearestBefore(Sentence sentence, int verb) {
        SpeakerCandidate nearest = null;
        SpeakerCandidate subjectLike = null;
        for (SpeakerCandidate c : candidates) {
            if (c.first() < sentence.firstToken() || c.last() >= verb || quoted[c.first()]) {
                continue;
            }
            nearest = c;
            if (isSubjectLike(c.last() + 1, verb)) {
                subjectLike = c;
            }
        }
        SpeakerCandidate chosen = subjectLike != null ? subjectLike : nearest;
        if (chosen == null) {
            for (int i = verb - 1; i >= sentence.firstToken(); i--) {
                SpeakerCandidate p = pronounAt(i);
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

    private Attribution attribution(SpeakerCandidate c, int verb) {
        Evidence name = c.pronoun() ? resolvePronoun(c.first()) : nameOf(c);
        return new Attribution(c.evidence(), name, QuoteExtractor.cue(tokens, verb));
    }

    /** The name a candidate stands for: a description ("the prime minister") names the holder of that title, or no one. */
    private Evidence nameOf(SpeakerCandidate c) {
        if (c.evidence().text().toLowerCase(Locale.ROOT).startsWith("the ")) {
            Evidence holder = titleHolders.holder(c.evidence().text(), c.evidence().start());
            // a description nobody in the text holds ("the spokesperson") names no one
            return holder != null ? holder : c.kind().equals("DESCRIPTION") ? null : c.evidence();
        }
        return c.evidence();
    }

    /**
     * The name a pronoun stands for: the subject of the main clause of its own sentence (before the pronoun) or of the
     * nearest sentence before it whose main subject is a name (a person for he, she and I; an organization for it), over at most three
     * sentences, so a chain of pronoun subjects leads back to the name ("Honcharuk resigned. He said ... he added");
     * else the nearest such name before the pronoun within its sentence and the two before it. Sentences wholly inside
     * quotation marks are not counted: a long quote does not push its speaker out of reach.
     */
    private Evidence resolvePronoun(int pronounIndex) {
        String word = tokens.get(pronounIndex).text().toLowerCase(Locale.ROOT);
        boolean person = PERSON_PRONOUNS.contains(word);
        boolean organization = word.equals("it");
        Sentence s = doc.sentenceAt(tokens.get(pronounIndex).start());
        if (s == null) {
            return null;
        }
        int looked = 0;
        int floor = s.firstToken();
        for (int k = s.index(); k >= 0 && looked <= 3; k--) {
            Sentence t = doc.sentences().get(k);
            if (k != s.index() && allQuoted(t)) {
                continue;
            }
            if (looked <= 2) {
                floor = t.firstToken();
            }
            looked++;
            ClauseSubjects.Subject subject = subjects.mainSubject(t, k == s.index() ? pronounIndex : t.endToken());
            SpeakerCandidate c = subject == null ? null : subject.candidate();
            if (c != null && (organization ? c.kind().equals("ORGANIZATION")
                    : !c.pronoun() && (!person || c.person() || c.kind().equals("DESCRIPTION")))) {
                return nameOf(c);
            }
            if (k != s.index() && (person || organization) && (c == null || !c.pronoun())) {
                // a sentence whose subject was not found or does not fit still names the nearest fitting referent: its
                // first person (organization for "it"), rather than one further back
                SpeakerCandidate first = firstFitting(t, organization);
                if (first != null) {
                    return nameOf(first);
                }
            }
        }
        SpeakerCandidate best = null;
        for (SpeakerCandidate c : candidates) {
            if (c.last() < pronounIndex && c.first() >= floor && !quoted[c.first()]
                    && (organization ? c.kind().equals("ORGANIZATION") : !person || c.person())) {
                best = c;
            }
        }
        return best == null ? null : best.evidence();
    }

    /**
     * The source named by the noun phrase starting at {@code from} after "according to": the person it names when it
     * names one ("Samoa Observer editor Keni Lesa"), else the name it starts with; null when it starts with no name.
     */
    private SpeakerCandidate accordingToSource(int from, int end) {
        SpeakerCandidate first = candidateAt(from);
        if (first == null) {
            return null;
        }
        SpeakerCandidate person = first.person() ? first : null;
        for (int i = first.last() + 1; i < end && person == null; i++) {
            String pos = tokens.get(i).pos() == null ? "" : tokens.get(i).pos();
            if (quoted[i] || !pos.startsWith("NN") && !pos.equals("JJ")) {
                break;
            }
            SpeakerCandidate c = candidateAt(i);
            if (c != null && c.person()) {
                person = c;
            }
        }
        return person != null ? person : first;
    }

    private SpeakerCandidate candidateAt(int tokenIndex) {
        for (SpeakerCandidate c : candidates) {
            if (c.first() == tokenIndex) {
                return c;
            }
        }
        return null;
    }

    private SpeakerCandidate pronounAt(int tokenIndex) {
        if (tokenIndex < 0 || tokenIndex >= tokens.size()) {
            return null;
        }
        Token t = tokens.get(tokenIndex);
        if (SPEAKER_PRONOUNS.contains(t.text().toLowerCase(Locale.ROOT))) {
            return new SpeakerCandidate(tokenIndex, tokenIndex, evidence(tokenIndex, tokenIndex), "PRONOUN");
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
