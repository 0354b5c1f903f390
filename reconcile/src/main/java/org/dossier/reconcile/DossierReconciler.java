package org.dossier.reconcile;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.model.Evidence;
import org.dossier.model.Phase;
import org.dossier.model.Source;
import org.dossier.model.dossier.ClaimItem;
import org.dossier.model.dossier.Coverage;
import org.dossier.model.dossier.Dossier;
import org.dossier.model.dossier.FigureItem;
import org.dossier.model.dossier.QuoteItem;
import org.dossier.model.fact.Claim;
import org.dossier.model.fact.ClaimKind;
import org.dossier.model.fact.CodedEventFact;
import org.dossier.model.fact.DocumentFacts;
import org.dossier.model.fact.Figure;
import org.dossier.model.fact.Quote;
import org.dossier.model.fact.TimeExpression;
import org.dossier.reconcile.entity.AnaphorResolver;
import org.dossier.reconcile.entity.EntityResolution;
import org.dossier.reconcile.entity.EntityResolver;
import org.dossier.reconcile.event.EventFinder;
import org.dossier.reconcile.coded.CodedEventMerger;
import org.dossier.reconcile.coverage.CoverageBuilder;
import org.dossier.reconcile.crosssource.BagOfWordsEmbedder;
import org.dossier.reconcile.crosssource.CrossSourceAnalyzer;
import org.dossier.reconcile.crosssource.CrossSourceFindings;
import org.dossier.reconcile.crosssource.SentenceEmbedder;
import org.dossier.reconcile.summary.Summarizer;
import org.dossier.reconcile.timeline.TimelineMerger;

/** The standard reconciler: entities (names, then descriptions and pronouns), quotes with speakers, figures, timeline, event and phases, claims, coverage, coded events. */
public final class DossierReconciler implements Reconciler {

    private final Clock clock;
    private final EntityResolver entityResolver = new EntityResolver();
    private final AnaphorResolver anaphorResolver = new AnaphorResolver();
    private final TimelineMerger timelineMerger = new TimelineMerger();
    private final EventFinder eventFinder = new EventFinder();
    private final Summarizer summarizer = new Summarizer();
    private final CoverageBuilder coverageBuilder = new CoverageBuilder();
    private final CodedEventMerger codedEvents = new CodedEventMerger();

    private final CrossSourceAnalyzer crossSource;

    /** A reconciler that matches claims across sources with the given sentence embedder. */
    public DossierReconciler(Clock clock, SentenceEmbedder embedder) {
        this.clock = clock;
        this.crossSource = new CrossSourceAnalyzer(embedder);
    }

    /** A reconciler that needs no model: claims are matched by weighted word overlap. */
    public DossierReconciler(Clock clock) {
        this(clock, new BagOfWordsEmbedder());
    }

    @Override
    public Dossier reconcile(Corpus corpus) {
        List<Source> sources = corpus.sources();
        List<DocumentFacts> facts = corpus.facts();
        Map<String, String> texts = new HashMap<>();
        sources.forEach(s -> texts.put(s.id(), s.text()));
        EntityResolution entities = anaphorResolver.resolve(entityResolver.resolve(sources, facts), facts);
        EventFinder.Result event = eventFinder.find(sources, facts, entities);
        List<Source> phased = sources.stream().map(s -> s.withPhase(event.phases().getOrDefault(s.id(), Phase.UNKNOWN))).toList();

        List<QuoteItem> quotes = new ArrayList<>();
        List<FigureItem> figures = new ArrayList<>();
        List<TimeExpression> times = new ArrayList<>();
        List<ClaimItem> claims = new ArrayList<>();
        List<CodedEventFact> coded = new ArrayList<>();
        for (DocumentFacts f : facts) {
            coded.addAll(f.events());
            Phase phase = event.phases().getOrDefault(f.sourceId(), Phase.UNKNOWN);
            for (Quote q : f.quotes()) {
                quotes.add(new QuoteItem("q" + (quotes.size() + 1), q.evidence(), speaker(q, entities),
                        q.speaker() == null ? null : q.speaker().text(), q.cue()));
            }
            for (Figure fig : f.figures()) {
                figures.add(new FigureItem("f" + (figures.size() + 1), fig.evidence(), fig.low(), fig.high(), fig.unit(),
                        fig.subject(), entities.entitiesWithin(Sentences.around(fig.evidence(), texts.get(f.sourceId()))), fig.time()));
            }
            times.addAll(f.times());
            for (Claim c : f.claims()) {
                claims.add(new ClaimItem("c" + (claims.size() + 1), kindInPhase(c.kind(), phase), c.topic(),
                        entities.entitiesWithin(c.evidence()), c.evidence()));
            }
        }
        String generated = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
        Dossier assembled = new Dossier(Dossier.SCHEMA, generated, event.event(), phased, entities.entities(), quotes, figures,
                timelineMerger.merge(times, entities), claims, List.of(), List.of(), List.of(),
                new Coverage(List.of(), Map.of(), Map.of()), List.of(), codedEvents.merge(coded, entities));
        List<Evidence> summary = summarizer.summarize(assembled);
        Coverage coverage = coverageBuilder.build(assembled);
        CrossSourceFindings found = crossSource.analyze(assembled);
        List<ClaimItem> allClaims = new ArrayList<>(claims);
        allClaims.addAll(found.clauseClaims());
        return new Dossier(assembled.schema(), assembled.generated(), assembled.event(), assembled.sources(),
                assembled.entities(), assembled.quotes(), assembled.figures(), assembled.timeline(), allClaims,
                found.scorecard(), found.contradictions(), found.agreements(), coverage, summary, assembled.events());
    }

    /** An expectation counts only in a source written before the event, an outcome only after it. */
    static ClaimKind kindInPhase(ClaimKind linguistic, Phase phase) {
        return switch (phase) {
            case BEFORE -> linguistic == ClaimKind.EXPECTATION ? ClaimKind.EXPECTATION : ClaimKind.STATEMENT;
            case AFTER -> linguistic == ClaimKind.OUTCOME ? ClaimKind.OUTCOME : ClaimKind.STATEMENT;
            case UNKNOWN -> linguistic;
        };
    }

    private static String speaker(Quote q, EntityResolution entities) {
        if (q.speakerName() == null) {
            return null;
        }
        String id = entities.entityOf(q.speakerName());
        if (id != null) {
            return id;
        }
        id = entities.firstOverlapping(q.speakerName());
        if (id != null) {
            return id;
        }
        String text = q.speakerName().text();
        if (text.toLowerCase(Locale.ROOT).startsWith("the ")) {
            return entities.resolveDescription(q.speakerName().source(), text);
        }
        return null;
    }
}
