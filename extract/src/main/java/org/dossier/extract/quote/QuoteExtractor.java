package org.dossier.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dossier.model.Evidence;
import org.dossier.model.fact.Mention;
import org.dossier.model.fact.Quote;
import org.dossier.model.nlp.AnnotatedDocument;
import org.dossier.model.nlp.Sentence;
import org.dossier.model.nlp.Token;

/**
 * Quotes and their speakers. Speaker rules, in order: a name or pronoun with a reporting verb right after the quote
 * ({@code ," Ishiba said}, {@code ," said Hayashi}); the subject of the last reporting verb before the quote in its sentence
 * ({@code Kyodo News reported that Trump will "..."}), where {@code according to} takes the name after it; the speaker of a
 * quote in the sentence just before. Quotes under five words are kept only when attributed and not title-cased
 * (scare quotes and titles are not speech).
 */
public final class QuoteExtractor {

    /** Quotes shorter than this many words need an attribution to count as speech. */
    public static final int MIN_UNATTRIBUTED_WORDS = 5;

    private final QuoteFinder finder = new QuoteFinder();

    public List<Quote> extract(AnnotatedDocument doc, List<Mention> mentions) {
        Speakers speakers = new Speakers(doc, mentions);
        List<Quote> out = new ArrayList<>();
        Quote previous = null;
        int previousSentence = -2;
        for (QuoteFinder.Marked m : finder.find(doc.text())) {
            Sentence open = doc.sentenceAt(m.open());
            Sentence close = doc.sentenceAt(m.close());
            if (open == null || close == null) {
                continue;
            }
            Evidence evidence = Evidence.of(doc.source().id(), doc.text(), m.start(), m.end());
            Speakers.Attribution a = speakers.after(close, m.close());
            if (a == null) {
                a = speakers.before(open, m.open(), previous);
            }
            Quote quote;
            if (a != null) {
                quote = new Quote(evidence, a.speaker(), a.speakerName(), a.cue());
            } else if (previous != null && previous.speakerName() != null && open.index() - previousSentence <= 1
                    && sameParagraph(doc.text(), previous.evidence().end(), m.open())) {
                quote = new Quote(evidence, previous.speaker(), previous.speakerName(), previous.cue());
            } else {
                quote = new Quote(evidence, null, null, null);
            }
            if (!isSpeech(quote)) {
                continue;
            }
            out.add(quote);
            previous = quote;
            previousSentence = close.index();
        }
        return out;
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
