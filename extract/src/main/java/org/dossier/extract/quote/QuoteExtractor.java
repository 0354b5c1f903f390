package org.dossier.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dossier.model.Evidence;
import org.dossier.model.fact.Mention;
import org.dossier.model.fact.Quote;
import org.dossier.model.nlp.AnnotatedDocument;
import org.dossier.model.nlp.Sentence;
import org.dossier.model.nlp.Token;

/**
 * Quotes and their speakers. Speaker rules, in order: the second part of a quote broken by its reporting clause takes
 * the first part's ({@code "...," wrote Trump, "..."}); a name, pronoun or unnamed source with a reporting verb right after
 * the quote ({@code ," Ishiba said}, {@code ," said Hayashi}, {@code ," a senior official said}, {@code ," according to
 * Kyodo}); the subject of the last reporting verb before the quote in its sentence ({@code Kyodo News reported that Trump
 * will "..."}; {@link ClauseSubjects}), where {@code according to} takes the name after it; for a quote of five words or
 * more after a clause ending in a comma or colon, that clause's subject; for a quote that is a sentence of its own, the
 * subject of the sentence before when it introduces speech ({@code Ishiba told reporters:}); the speaker of a quote in
 * the sentence just before. Pronouns resolve through the main-clause subjects of the sentences before. The paragraphs of a quote that runs on over several paragraphs share one speaker.
 * Quotes under five words are kept only when attributed and not title-cased, and a quote named as a title, slogan or
 * term ({@code a book titled "..."}, {@code the so-called "..."}) is not speech.
 */
public final class QuoteExtractor {

    /** Quotes shorter than this many words need an attribution to count as speech. */
    public static final int MIN_UNATTRIBUTED_WORDS = 5;

    /** The longest reporting clause (characters) that can break one quote in two ({@code ,” wrote Trump on Twitter, “}). */
    private static final int MAX_BREAKING_CLAUSE = 60;

    /** Words right before a quote that name it as a title or term, not as someone's words. */
    private static final Pattern NAMED_AS_TITLE = Pattern.compile("(?i)(?:\\b(?:titled|entitled|headlined|dubbed|nicknamed"
            + "|slogan|motto|catchphrase|phrase|term|hashtag|banner|headline|label)|\\bso-called|\\bknown\\s+(?:[a-z]+ly\\s+)?as"
            + "|\\bconsidered(?:\\s+to\\s+be)?(?:\\s+(?:the|a|an))?|\\b(?:a|an|the)\\s+[a-z]+\\s+(?:called|named))\\s*[:,]?\\s*$");

    private final QuoteFinder finder = new QuoteFinder();

    public List<Quote> extract(AnnotatedDocument doc, List<Mention> mentions) {
        List<QuoteFinder.Marked> marks = finder.find(doc.text());
        Speakers speakers = new Speakers(doc, mentions, marks);
        List<Speakers.Attribution> own = new ArrayList<>();
        for (int k = 0; k < marks.size(); k++) {
            Speakers.Attribution broken = k > 0 ? brokenQuote(doc, speakers, marks.get(k - 1), marks.get(k)) : null;
            own.add(broken != null ? broken : ownAttribution(doc, speakers, marks.get(k)));
        }
        List<Quote> out = new ArrayList<>();
        Quote previous = null;
        QuoteFinder.Marked dropped = null;
        int previousSentence = -2;
        for (int i = 0; i < marks.size(); i++) {
            QuoteFinder.Marked m = marks.get(i);
            Sentence open = doc.sentenceAt(m.open());
            Sentence close = closeSentence(doc, m);
            if (open == null || close == null) {
                continue;
            }
            Evidence evidence = Evidence.of(doc.source().id(), doc.text(), m.start(), m.end());
            Speakers.Attribution a = chainAttribution(marks, own, i);
            Quote quote;
            if (a != null) {
                quote = new Quote(evidence, a.speaker(), a.speakerName(), a.cue());
            } else if (previous != null && previous.speakerName() != null && open.index() - previousSentence <= 1
                    && (sameParagraph(doc.text(), previous.evidence().end(), m.open()) || i > 0 && marks.get(i - 1).continues())) {
                quote = new Quote(evidence, previous.speaker(), previous.speakerName(), previous.cue());
            } else {
                quote = new Quote(evidence, null, null, null);
            }
            boolean gloss = dropped != null && doc.text().substring(dropped.close() + 1, m.open()).matches("\\s*\\(\\s*");
            if (!isSpeech(quote) || namedAsTitle(doc.text(), m.open()) || gloss || quote.speaker() == null && aName(doc, m)) {
                // a title, a term, or the translation in brackets of one just left out ("an essay called “…” (“…”)")
                dropped = m;
                continue;
            }
            dropped = null;
            out.add(quote);
            previous = quote;
            previousSentence = close.index();
        }
        return withRepeatedSpeakers(out);
    }

    /**
     * A quote without a speaker whose words another quote of the document holds (a heading or pull quote repeating part of
     * what someone said further down) takes that quote's speaker.
     */
    private static List<Quote> withRepeatedSpeakers(List<Quote> quotes) {
        List<Quote> out = new ArrayList<>(quotes.size());
        for (Quote q : quotes) {
            Quote source = null;
            if (q.speaker() == null) {
                String words = folded(q.evidence().text());
                for (Quote other : quotes) {
                    String longer = folded(other.evidence().text());
                    if (other != q && other.speaker() != null && longer.length() > words.length() && longer.contains(words)) {
                        source = other;
                        break;
                    }
                }
            }
            out.add(source == null ? q : new Quote(q.evidence(), source.speaker(), source.speakerName(), source.cue()));
        }
        return out;
    }

    /** Lower case, one space for any run of white space, straight apostrophes and quote marks. */
    private static String folded(String text) {
        return text.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'').replaceAll("[“”]", "\"").replaceAll("\\s+", " ")
                .strip();
    }

    /** The attribution the quote's own sentences give: rules 1, 2 and 4; null when they give none. */
    private static Speakers.Attribution ownAttribution(AnnotatedDocument doc, Speakers speakers, QuoteFinder.Marked m) {
        Sentence open = doc.sentenceAt(m.open());
        Sentence close = closeSentence(doc, m);
        if (open == null || close == null) {
            return null;
        }
        Speakers.Attribution a = m.continues() ? null : speakers.after(close, m.close());
        if (a == null) {
            a = speakers.before(open, m.open(), null);
        }
        if (a == null && doc.text().substring(m.start(), m.end()).trim().split("\\s+").length >= MIN_UNATTRIBUTED_WORDS) {
            a = speakers.mainClauseBefore(open, m.open());
        }
        if (a == null && speakers.onlyPunctuationOutside(open, m.open(), m.close() + 1)
                && speakers.onlyPunctuationOutside(close, m.open(), m.close() + 1)) {
            a = speakers.previousSentence(open);
        }
        return a;
    }

    /**
     * A quote broken by its reporting clause ({@code “...,” wrote Trump on Twitter, “and therefore ...”}): the second
     * part takes the attribution that follows the first, when the two are in one sentence with at most a short clause
     * between them; null otherwise.
     */
    private static Speakers.Attribution brokenQuote(AnnotatedDocument doc, Speakers speakers, QuoteFinder.Marked first,
            QuoteFinder.Marked second) {
        if (first.continues() || second.open() - first.close() > MAX_BREAKING_CLAUSE) {
            return null;
        }
        Sentence close = doc.sentenceAt(first.close());
        Sentence open = doc.sentenceAt(second.open());
        if (close == null || open == null || close.index() != open.index()) {
            return null;
        }
        String between = doc.text().substring(first.close() + 1, second.open()).trim();
        if (!between.endsWith(",") && !between.endsWith(":")) {
            return null;
        }
        Speakers.Attribution a = speakers.after(close, first.close());
        return a == null || a.speaker() == null ? null : a;
    }

    /**
     * For a quote that runs on over paragraphs, the first attribution any of its parts gives (the speaker is often named
     * once, in the first or the last paragraph); for other quotes their own.
     */
    private static Speakers.Attribution chainAttribution(List<QuoteFinder.Marked> marks, List<Speakers.Attribution> own, int i) {
        int first = i;
        while (first > 0 && marks.get(first - 1).continues()) {
            first--;
        }
        int last = i;
        while (last < marks.size() - 1 && marks.get(last).continues()) {
            last++;
        }
        if (own.get(i) != null || first == last) {
            return own.get(i);
        }
        for (int k = first; k <= last; k++) {
            if (own.get(k) != null && own.get(k).speaker() != null) {
                return own.get(k);
            }
        }
        return null;
    }

    /** The sentence of the closing mark, or of the last quoted word when the quote runs on. */
    private static Sentence closeSentence(AnnotatedDocument doc, QuoteFinder.Marked m) {
        return doc.sentenceAt(m.continues() ? m.end() - 1 : m.close());
    }

    /** True when the words right before the opening mark name the quote as a title, slogan or term. */
    static boolean namedAsTitle(String text, int openMark) {
        return NAMED_AS_TITLE.matcher(text.substring(Math.max(0, openMark - 40), openMark)).find();
    }

    /**
     * True when the words inside the marks open with a capital and hold no verb: an unattributed name in quotation marks
     * ("the “Storm Area 51 Basecamp Experience”", "the “Hero of the Soviet Union”") names something and reports no one's
     * words. A lower-case phrase without a verb may be a partial quote ("driving “erratically and across the line”").
     */
    private static boolean aName(AnnotatedDocument doc, QuoteFinder.Marked m) {
        String words = doc.text().substring(m.start(), m.end()).strip();
        if (words.isEmpty() || !Character.isUpperCase(words.charAt(0))) {
            return false;
        }
        for (Token t : doc.tokens()) {
            if (t.start() >= m.start() && t.end() <= m.end() && t.pos() != null && (t.pos().startsWith("VB") || t.pos().equals("MD"))) {
                return false;
            }
        }
        return true;
    }

    static boolean isSpeech(Quote q) {
        String words = q.evidence().text().trim();
        int count = words.split("\\s+").length;
        if (count >= MIN_UNATTRIBUTED_WORDS) {
            return true;
        }
        return q.speaker() != null && !titleCased(words);
    }

    static boolean titleCased(String words) {
        for (String w : words.split("\\s+")) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0)) && !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameParagraph(String text, int from, int to) {
        return from <= to && text.substring(from, to).indexOf('\n') < 0;
    }

    /** Cue text: the verb, plus its object when it is {@code told reporters} style. */
    static String cue(List<Token> tokens, int verb) {
        Token v = tokens.get(verb);
        if ("tell".equalsIgnoreCase(v.lemma()) && verb + 1 < tokens.size()) {
            Token next = tokens.get(verb + 1);
            if (next.pos() != null && (next.pos().startsWith("NN") || next.pos().startsWith("PRP"))) {
                return v.text() + " " + next.text();
            }
            if (next.pos() != null && next.pos().equals("PRP$") && verb + 2 < tokens.size()) {
                return v.text() + " " + next.text() + " " + tokens.get(verb + 2).text();
            }
        }
        return v.text().toLowerCase(Locale.ROOT).equals("according") ? "according to" : v.text();
    }
}
