package org.dossier.reconcile.crosssource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dossier.model.Evidence;
import org.dossier.model.Phase;
import org.dossier.model.Source;
import org.dossier.model.dossier.ClaimItem;
import org.dossier.model.dossier.Dossier;
import org.dossier.model.dossier.FigureItem;
import org.dossier.model.dossier.ScorecardRow;
import org.dossier.model.dossier.TimelineItem;
import org.dossier.model.fact.ClaimKind;
import org.dossier.reconcile.Sentences;

/**
 * The cross-source stage: reads a dossier's claims, figures, timeline, entities and sources against each other and
 * returns the expectation scorecard, agreements and contradictions, plus the clause claims the scorecard names.
 * Never changes its input. Thread-safe when its embedder is.
 */
public final class CrossSourceAnalyzer {

    private final SentenceEmbedder embedder;
    private final CrossSourceSettings settings;
    private final ClauseSplitter clauses = new ClauseSplitter();
    private final DurationFinder durations = new DurationFinder();

    public CrossSourceAnalyzer(SentenceEmbedder embedder, CrossSourceSettings settings) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public CrossSourceAnalyzer(SentenceEmbedder embedder) {
        this(embedder, CrossSourceSettings.DEFAULT);
    }

    public CrossSourceFindings analyze(Dossier dossier) {
        Prepared p = prepare(dossier);
        var scorecard = new ScorecardBuilder(p.scoring()).build(p.expectations(), p.outcomes(), p.anyAfter());
        List<int[]> claimPairs = AgreementFinder.candidates(p.sentences(), p.scoring());
        var agreements = new AgreementFinder(p.scoring(), SourceGroups.of(dossier.sources()))
                .find(p.sentences(), claimPairs, p.figures(), p.dates());
        var contradictions = new ContradictionFinder(p.scoring(), p.sources())
                .find(p.sentences(), claimPairs, p.figures(), p.dates(), p.lengths());
        return new CrossSourceFindings(clauseClaims(scorecard, p.expectations(), p.outcomes()), scorecard, agreements, contradictions);
    }

    /** What the findings are computed from: the dossier's passages, dated and measured spans, and how they score. */
    record Prepared(Map<String, Source> sources, Scoring scoring, List<Passage> sentences, List<Passage> expectations,
            List<Passage> outcomes, boolean anyAfter, List<Mention> dates, List<Mention> figures, List<Mention> lengths) {
    }

    Prepared prepare(Dossier dossier) {
        Map<String, Source> sources = new LinkedHashMap<>();
        dossier.sources().forEach(s -> sources.put(s.id(), s));
        List<ClaimItem> claims = outermost(dossier.claims().stream().filter(c -> sources.containsKey(c.evidence().source())).toList());
        EntityIndex entities = new EntityIndex(dossier.entities(), claims.stream().map(ClaimItem::evidence).toList());

        List<Passage> sentences = new ArrayList<>();
        for (ClaimItem c : claims) {
            sentences.add(new Passage(c.id(), c.id(), c.kind(), c.topic(), c.evidence(), entities.within(c.evidence()),
                    c.evidence().text()));
        }
        // when sources written after the event exist, they alone report outcomes (any of their claims may)
        boolean anyAfter = sources.values().stream().anyMatch(s -> s.phase() == Phase.AFTER);
        Set<String> ids = new HashSet<>();
        dossier.claims().forEach(c -> ids.add(c.id()));
        List<Passage> expectations = new ArrayList<>();
        List<Passage> outcomes = new ArrayList<>();
        for (ClaimItem c : claims) {
            Phase phase = sources.get(c.evidence().source()).phase();
            if (c.kind() == ClaimKind.EXPECTATION) {
                expectations.addAll(clausePassages(c, sources, entities, ClauseCues.EXPECTATION, ids));
            } else if (anyAfter ? phase == Phase.AFTER : c.kind() == ClaimKind.OUTCOME && phase != Phase.BEFORE) {
                List<Passage> parts = clausePassages(c, sources, entities, ClauseCues.OUTCOME, ids);
                List<Passage> candidates = new ArrayList<>(wholeIfCued(c, entities, ClauseCues.OUTCOME));
                parts.stream().filter(p -> !p.id().equals(c.id())).forEach(candidates::add);
                outcomes.addAll(candidates.stream()
                        .filter(p -> BagOfWordsEmbedder.words(p.text()).size() >= settings.minOutcomeWords()).toList());
            }
        }

        List<Mention> dates = dates(dossier.timeline(), sources, entities);
        List<Mention> figures = figures(dossier.figures(), sources, entities);
        List<Mention> lengths = durations(sources, entities);

        Set<String> texts = new LinkedHashSet<>();
        sentences.forEach(p -> texts.add(p.text()));
        expectations.forEach(p -> texts.add(p.text()));
        outcomes.forEach(p -> texts.add(p.text()));
        dates.forEach(m -> texts.add(m.context()));
        figures.forEach(m -> texts.add(m.context()));
        lengths.forEach(m -> texts.add(m.context()));
        List<String> calibration = sentences.stream().map(Passage::text).distinct().toList();
        Acronyms acronyms = Acronyms.definedIn(sources.values().stream().map(Source::text).toList());
        SimilarityIndex similarity = SimilarityIndex.build(new AcronymExpandingEmbedder(embedder, acronyms), texts,
                calibration.size() >= 3 ? calibration : texts);
        Scoring scoring = new Scoring(similarity, entities, settings);

        return new Prepared(sources, scoring, sentences, expectations, outcomes, anyAfter, dates, figures, lengths);
    }

    /** Claims not inside another claim of the same source (so clause claims of an earlier analysis are read once). */
    private static List<ClaimItem> outermost(List<ClaimItem> claims) {
        Map<String, List<Evidence>> bySource = new HashMap<>();
        claims.forEach(c -> bySource.computeIfAbsent(c.evidence().source(), k -> new ArrayList<>()).add(c.evidence()));
        return claims.stream().filter(c -> bySource.get(c.evidence().source()).stream()
                .noneMatch(o -> o.contains(c.evidence()) && o.end() - o.start() > c.evidence().end() - c.evidence().start()))
                .toList();
    }

    /**
     * The clauses of {@code c} that carry {@code cue} (the whole claim when it does not split), each with an id of its own;
     * a clause without the cue is no expectation (or outcome) and is left out.
     */
    private List<Passage> clausePassages(ClaimItem c, Map<String, Source> sources, EntityIndex entities,
            java.util.regex.Pattern cue, Set<String> ids) {
        List<ClauseSplitter.Clause> parts = clauses.clauses(c.evidence(), sources.get(c.evidence().source()).text(), cue);
        List<Passage> out = new ArrayList<>();
        if (parts.size() == 1) {
            if (parts.get(0).cued()) {
                out.add(new Passage(c.id(), c.id(), c.kind(), c.topic(), c.evidence(), entities.within(c.evidence()),
                        c.evidence().text()));
            }
            return out;
        }
        for (int i = 0; i < parts.size(); i++) {
            if (!parts.get(i).cued()) {
                continue;
            }
            String id = c.id() + "." + (i + 1);
            while (!ids.add(id)) {
                id = id + "x";
            }
            Evidence part = parts.get(i).evidence();
            out.add(new Passage(id, c.id(), c.kind(), c.topic(), part, entities.within(part), c.evidence().text()));
        }
        return out;
    }

    /**
     * The whole claim when it carries {@code cue}: an outcome is reported in a sentence, and its clauses alone (a reminder
     * after "but", a quotation after "announced that") may lose what they resolve; its clauses are candidates too.
     */
    private static List<Passage> wholeIfCued(ClaimItem c, EntityIndex entities, java.util.regex.Pattern cue) {
        if (!ClauseCues.hasCue(cue, c.evidence().text())) {
            return List.of();
        }
        return List.of(new Passage(c.id(), c.id(), c.kind(), c.topic(), c.evidence(), entities.within(c.evidence()),
                c.evidence().text()));
    }

    /** Claims for the clauses that scorecard rows name. */
    private static List<ClaimItem> clauseClaims(List<ScorecardRow> rows, List<Passage> expectations, List<Passage> outcomes) {
        Set<String> named = new HashSet<>();
        rows.forEach(r -> {
            named.addAll(r.expectation());
            named.addAll(r.outcome());
        });
        List<ClaimItem> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (List<Passage> list : List.of(expectations, outcomes)) {
            for (Passage p : list) {
                if (!p.id().equals(p.claimId()) && named.contains(p.id()) && seen.add(p.id())) {
                    out.add(new ClaimItem(p.id(), p.kind(), p.topic(), List.copyOf(p.entities()), p.evidence()));
                }
            }
        }
        return out;
    }

    private static List<Mention> dates(List<TimelineItem> timeline, Map<String, Source> sources, EntityIndex entities) {
        List<Mention> out = new ArrayList<>();
        for (TimelineItem t : timeline) {
            for (Evidence e : t.evidence()) {
                Source s = sources.get(e.source());
                if (s != null && t.date() != null) {
                    out.add(mention(t.id(), t.date(), "date/" + t.date().length(), e, s.text(), entities));
                }
            }
        }
        return out;
    }

    private static List<Mention> figures(List<FigureItem> figures, Map<String, Source> sources, EntityIndex entities) {
        List<Mention> out = new ArrayList<>();
        for (FigureItem f : figures) {
            Source s = sources.get(f.evidence().source());
            if (s != null && f.unit() != null) {
                String value = f.isRange() ? number(f.low()) + "–" + number(f.high()) + " " + f.unit() : number(f.low()) + " " + f.unit();
                out.add(mention(f.id(), value, f.unit(), f.evidence(), s.text(), entities));
            }
        }
        return out;
    }

    private List<Mention> durations(Map<String, Source> sources, EntityIndex entities) {
        List<Mention> out = new ArrayList<>();
        for (Source s : sources.values()) {
            for (DurationFinder.Duration d : durations.find(s.id(), s.text())) {
                Evidence e = d.evidence();
                out.add(mention(e.source() + "@" + e.start(), number(d.hours()) + " hours", d.kind(), e, s.text(), entities));
            }
        }
        return out;
    }

    private static Mention mention(String group, String value, String dimension, Evidence e, String text, EntityIndex entities) {
        Evidence sentence = Sentences.around(e, text);
        String context = (text.substring(sentence.start(), Math.max(sentence.start(), e.start())) + " "
                + text.substring(Math.min(sentence.end(), e.end()), sentence.end())).strip();
        return new Mention(group, value, dimension, e, context.isEmpty() ? sentence.text() : context, entities.within(sentence));
    }

    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
