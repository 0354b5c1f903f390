package org.dossier.extract;

import java.util.ArrayList;
import java.util.List;
import org.dossier.extract.claim.ClaimClassifier;
import org.dossier.extract.event.Actor;
import org.dossier.extract.event.ActorContext;
import org.dossier.extract.event.EventCoder;
import org.dossier.extract.event.PloverEvent;
import org.dossier.extract.figure.FigureExtractor;
import org.dossier.extract.mention.AnaphorFinder;
import org.dossier.extract.mention.MentionExtractor;
import org.dossier.extract.quote.QuoteExtractor;
import org.dossier.extract.time.TimeExpressionExtractor;
import org.dossier.model.Evidence;
import org.dossier.model.fact.Claim;
import org.dossier.model.fact.CodedEventFact;
import org.dossier.model.fact.DocumentFacts;
import org.dossier.model.fact.Mention;
import org.dossier.model.fact.Quote;
import org.dossier.model.fact.TimeExpression;
import org.dossier.model.nlp.AnnotatedDocument;
import org.dossier.model.nlp.Sentence;

/**
 * Runs every extractor over one document: mentions, descriptions and pronouns, quotes, figures, time expressions, claims
 * and coded political events.
 * Stateless, thread-safe.
 */
public final class StandardFactExtractor implements FactExtractor {

    private final MentionExtractor mentions = new MentionExtractor();
    private final AnaphorFinder anaphors = new AnaphorFinder();
    private final QuoteExtractor quotes = new QuoteExtractor();
    private final FigureExtractor figures = new FigureExtractor();
    private final TimeExpressionExtractor times = new TimeExpressionExtractor();
    private final ClaimClassifier claims = new ClaimClassifier();
    private final EventCoder coder = EventCoder.standard();

    @Override
    public DocumentFacts extract(AnnotatedDocument doc) {
        String id = doc.source().id();
        List<Mention> found = mentions.extract(doc);
        List<TimeExpression> timeList = times.extract(doc);
        List<Claim> claimList = new ArrayList<>();
        List<CodedEventFact> events = new ArrayList<>();
        ActorContext context = coder.context(doc);
        for (Sentence s : doc.sentences()) {
            Evidence sentence = Evidence.of(id, doc.text(), s.start(), s.end());
            Claim c = claims.classify(sentence, doc.tokensOf(s));
            if (c != null) {
                claimList.add(c);
            }
            CodedEventFact e = event(doc, s, sentence, timeList, context);
            if (e != null) {
                events.add(e);
            }
        }
        List<Quote> quoteList = quotes.extract(doc, found);
        return new DocumentFacts(id, found, quoteList, figures.extract(id, doc.text(), doc.sentences()),
                timeList, claimList, events, anaphors.find(doc, found, quoteList.stream().map(Quote::evidence).toList()));
    }

    /**
     * The event coded in one sentence, dated by the first time expression in it; null without a cue or without any actor. An
     * expected deed keeps its own category ("will meet" is CONSULT, expected), so that it joins the event when it happens.
     */
    private CodedEventFact event(AnnotatedDocument doc, Sentence s, Evidence sentence, List<TimeExpression> timeList,
            ActorContext context) {
        PloverEvent e = coder.code(doc, s, context);
        if (e == null || (e.sources().isEmpty() && e.targets().isEmpty())) {
            return null;
        }
        String date = timeList.stream().filter(t -> sentence.contains(t.evidence())).map(TimeExpression::date).findFirst()
                .orElse(null);
        String id = sentence.source();
        return new CodedEventFact(e.deed().name(), e.mode(), e.certainty(), Evidence.of(id, doc.text(), e.cueStart(), e.cueEnd()),
                date, sentence, actors(id, doc.text(), e.sources()), actors(id, doc.text(), e.targets()));
    }

    private static List<CodedEventFact.Actor> actors(String id, String text, List<Actor> actors) {
        return actors.stream().map(a -> new CodedEventFact.Actor(Evidence.of(id, text, a.start(), a.end()), a.code(), a.sector()))
                .toList();
    }
}
