package org.dossier.model.dossier;

import java.util.List;
import org.dossier.model.Evidence;
import org.dossier.model.Source;

/** The whole dossier: the sources and what they say together. The shape of {@code dossier.json}, schema {@value #SCHEMA}. */
public record Dossier(
        String schema,
        String generated,
        EventInfo event,
        List<Source> sources,
        List<Entity> entities,
        List<QuoteItem> quotes,
        List<FigureItem> figures,
        List<TimelineItem> timeline,
        List<ClaimItem> claims,
        List<ScorecardRow> scorecard,
        List<Contradiction> contradictions,
        List<Agreement> agreements,
        Coverage coverage,
        List<Evidence> summary,
        List<CodedEvent> events) {

    public static final String SCHEMA = "dossier/1";

    /** The source with this id, or null. */
    public Source source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }
}
