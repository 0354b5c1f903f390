package org.dossier.annotate.corenlp;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.dossier.annotate.QuoteTagger;
import org.dossier.model.Evidence;
import org.dossier.model.Source;
import org.dossier.model.fact.Quote;

/**
 * CoreNLP's own quote annotator with its speaker attribution, as its documentation sets it up ({@code tokenize, ssplit,
 * pos, lemma, ner, depparse, coref, quote}; a line break ends a sentence, as in our pipeline): the baseline our quote
 * rules are compared with. The speaker is the mention CoreNLP attributes the quote to; the speaker name its canonical
 * mention (a pronoun resolved through coreference). Loading takes tens of seconds; build one and share it.
 */
public final class CoreNlpQuoteTagger implements QuoteTagger {

    private final StanfordCoreNLP pipeline;

    public CoreNlpQuoteTagger() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        this.pipeline = new StanfordCoreNLP(p);
    }

    @Override
    public List<Quote> quotes(Source source) {
        String text = source.text();
        CoreDocument doc = new CoreDocument(text);
        pipeline.annotate(doc);
        List<Quote> out = new ArrayList<>();
        List<CoreQuote> quotes = doc.quotes() == null ? List.of() : doc.quotes();
        for (CoreQuote q : quotes) {
            Evidence words = inside(source.id(), text, q.quoteCharOffsets());
            if (words == null) {
                continue;
            }
            Evidence speaker = span(source.id(), text, q.speakerCharOffsets());
            Evidence name = span(source.id(), text, q.canonicalSpeakerCharOffsets());
            out.add(new Quote(words, speaker, name != null ? name : speaker, null));
        }
        return out;
    }

    /** The words between the marks, without surrounding spaces or a trailing comma (as our quote finder gives them). */
    static Evidence inside(String id, String text, Pair<Integer, Integer> marks) {
        if (marks == null) {
            return null;
        }
        int start = Math.max(0, marks.first());
        int end = Math.min(text.length(), marks.second());
        while (start < end && isMark(text.charAt(start))) {
            start++;
        }
        while (end > start && isMark(text.charAt(end - 1))) {
            end--;
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
            end--;
        }
        return end > start ? Evidence.of(id, text, start, end) : null;
    }

    private static Evidence span(String id, String text, Optional<Pair<Integer, Integer>> offsets) {
        if (offsets == null || offsets.isEmpty()) {
            return null;
        }
        int start = offsets.get().first();
        int end = offsets.get().second();
        return start >= 0 && end > start && end <= text.length() ? Evidence.of(id, text, start, end) : null;
    }

    private static boolean isMark(char c) {
        return "\"'`“”‘’«»„‹›".indexOf(c) >= 0;
    }
}
