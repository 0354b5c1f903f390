package org.dossier.model.fact;

import java.util.List;

/**
 * Everything extracted from one document. A pure function of that document, so it can be computed anywhere. A null
 * {@code anaphors} (facts written before they existed) reads as none.
 */
public record DocumentFacts(
        String sourceId,
        List<Mention> mentions,
        List<Quote> quotes,
        List<Figure> figures,
        List<TimeExpression> times,
        List<Claim> claims,
        List<CodedEventFact> events,
        List<Anaphor> anaphors) {

    public DocumentFacts {
        mentions = List.copyOf(mentions);
        quotes = List.copyOf(quotes);
        figures = List.copyOf(figures);
        times = List.copyOf(times);
        claims = List.copyOf(claims);
        events = List.copyOf(events);
        anaphors = anaphors == null ? List.of() : List.copyOf(anaphors);
    }

    /** Facts without descriptions or pronouns. */
    public DocumentFacts(String sourceId, List<Mention> mentions, List<Quote> quotes, List<Figure> figures,
            List<TimeExpression> times, List<Claim> claims, List<CodedEventFact> events) {
        this(sourceId, mentions, quotes, figures, times, claims, events, List.of());
    }
}
