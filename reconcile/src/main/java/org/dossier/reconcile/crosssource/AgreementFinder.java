package org.dossier.reconcile.crosssource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dossier.model.Evidence;
import org.dossier.model.dossier.Agreement;
import org.dossier.model.fact.ClaimKind;

/**
 * Facts stated by two or more sources: the same figure (value and unit) about the same subject, the same date for the
 * same happening, and the same claim in other words. An expectation and an outcome are never an agreement (that pair is
 * the scorecard's). Near-duplicate sources ({@link SourceGroups}) count as one source: a wire copy never agrees with its
 * original.
 */
final class AgreementFinder {

    private final Scoring scoring;
    private final SourceGroups groups;

    AgreementFinder(Scoring scoring, SourceGroups groups) {
        this.scoring = scoring;
        this.groups = groups;
    }

    List<Agreement> find(List<Passage> claims, List<int[]> claimPairs, List<Mention> figures, List<Mention> dates) {
        List<Agreement> out = new ArrayList<>();
        // an exact amount of money or count is rarely shared by chance; a percentage often is
        out.addAll(sameValue(figures.stream().filter(m -> !m.dimension().equals("percent")).toList(), 0, "figure"));
        out.addAll(sameValue(figures.stream().filter(m -> m.dimension().equals("percent")).toList(),
                scoring.settings().sameSubjectScore(), "figure"));
        out.addAll(sameValue(dates, scoring.settings().sameHappeningScore(), "date"));
        out.addAll(sameClaim(claims, claimPairs));
        return out;
    }

    /** Mentions with equal values from different sources whose contexts tell of the same thing. */
    private List<Agreement> sameValue(List<Mention> mentions, double threshold, String what) {
        Components components = new Components(mentions.size());
        List<float[]> vectors = mentions.stream().map(m -> scoring.similarity().vector(m.context())).toList();
        List<String> keys = mentions.stream().map(m -> m.dimension() + "\u0000" + m.value()).toList();
        for (int[] pair : CandidatePairs.within(vectors, keys)) {
            Mention a = mentions.get(pair[0]);
            Mention b = mentions.get(pair[1]);
            if (!groups.of(a.source()).equals(groups.of(b.source())) && contextScore(a, b) >= threshold) {
                components.join(pair[0], pair[1]);
            }
        }
        List<Agreement> out = new ArrayList<>();
        for (List<Integer> group : components.groups()) {
            List<Mention> members = group.stream().map(mentions::get).toList();
            Set<String> sources = new LinkedHashSet<>();
            members.forEach(m -> sources.add(groups.of(m.source())));
            List<Evidence> items = members.stream().map(Mention::evidence).sorted(EVIDENCE_ORDER).toList();
            out.add(new Agreement("Same " + what + " " + members.get(0).value() + " in " + sources.size() + " sources ("
                    + Texts.list(sources) + "): '" + Texts.clip(members.get(0).context(), 80) + "'", items));
        }
        return out;
    }

    double contextScore(Mention a, Mention b) {
        return scoring.similarity().z(a.context(), b.context())
                + scoring.settings().entityWeight() * scoring.entities().overlap(a.entities(), b.entities());
    }

    private List<Agreement> sameClaim(List<Passage> claims, List<int[]> claimPairs) {
        Components components = new Components(claims.size());
        for (int[] pair : claimPairs) {
            Passage a = claims.get(pair[0]);
            Passage b = claims.get(pair[1]);
            if (!groups.of(a.source()).equals(groups.of(b.source())) && !expectationAndOutcome(a, b)
                    && scoring.score(a, b) >= scoring.settings().agreeScore()) {
                components.join(pair[0], pair[1]);
            }
        }
        List<Agreement> out = new ArrayList<>();
        for (List<Integer> group : components.groups()) {
            List<Passage> members = group.stream().map(claims::get).toList();
            Set<String> sources = new LinkedHashSet<>();
            members.forEach(p -> sources.add(groups.of(p.source())));
            Passage shortest = members.stream().min(Comparator.comparingInt(p -> p.text().length())).orElseThrow();
            out.add(new Agreement("Same claim in " + sources.size() + " sources (" + Texts.list(sources) + "): '"
                    + Texts.clip(shortest.text(), 80) + "'",
                    members.stream().map(Passage::evidence).sorted(EVIDENCE_ORDER).toList()));
        }
        return out;
    }

    /** The pairs of claims worth scoring against each other (see {@link CandidatePairs}). */
    static List<int[]> candidates(List<Passage> claims, Scoring scoring) {
        return CandidatePairs.of(claims.stream().map(p -> scoring.similarity().vector(p.text())).toList());
    }

    static boolean expectationAndOutcome(Passage a, Passage b) {
        return (a.kind() == ClaimKind.EXPECTATION && b.kind() == ClaimKind.OUTCOME)
                || (a.kind() == ClaimKind.OUTCOME && b.kind() == ClaimKind.EXPECTATION);
    }

    static final Comparator<Evidence> EVIDENCE_ORDER =
            Comparator.comparing(Evidence::source).thenComparingInt(Evidence::start).thenComparingInt(Evidence::end);
}
