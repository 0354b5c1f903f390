package org.dossier.reconcile.crosssource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.model.dossier.ScorecardRow;

/**
 * The expectation scorecard: expectation clauses that say the same thing (from any before-source) are clustered into one
 * row (average link), then linked to the outcomes that score well against the row as a whole (the mean over its members,
 * so one member's incidental wording does not pull in outcomes the others do not expect) and rank this row among their
 * own best rows. A row shows at most {@code maxOutcomes}: first those whose best row it is (so an outcome is not crowded out of
 * the row it resolves best), then others within {@code outcomeMargin} of its best; never a sentence and its own clause. A
 * row with no outcome is kept only when two sources expect it. Status, from the best-matching member: {@code unmet} when
 * the best outcome reports a failure, {@code partly} when it hedges or matches weakly, {@code met} otherwise,
 * {@code unknown} without an outcome.
 */
final class ScorecardBuilder {

    private static final Pattern FAILURE = Pattern.compile(
            "\\b(failed|fails|refused|rejected|declined|did not|didn't|didn’t|dropped|scrapped|cancell?ed|postponed|no agreement"
            + "|no deal|fell through|was not|were not)\\b");
    private static final Pattern HEDGE = Pattern.compile(
            "\\b(not|no|without|only|partial|partially|in part|limited|ambiguous|vague|instead|rather than|stopped short"
            + "|short of|fell short|unclear|stopped|but not|merely|less than|fewer than)\\b");

    private final Scoring scoring;

    ScorecardBuilder(Scoring scoring) {
        this.scoring = scoring;
    }

    /** An outcome against a row: the row's score, and the member that matches it best with that member's score. */
    private record Scored(Passage outcome, double score, Passage expectation, double bestScore, boolean own) {

        Scored asOwn() {
            return new Scored(outcome, score, expectation, bestScore, true);
        }
    }


    List<ScorecardRow> build(List<Passage> expectations, List<Passage> outcomes, boolean anyAfterSource) {
        CrossSourceSettings settings = scoring.settings();
        List<List<Passage>> clusters = cluster(expectations);
        Map<Passage, Integer> rowOf = new IdentityHashMap<>();
        for (int r = 0; r < clusters.size(); r++) {
            for (Passage p : clusters.get(r)) {
                rowOf.put(p, r);
            }
        }
        // each outcome is scored against the rows of its nearest expectations (every row in a small corpus)
        int[][] near = CandidatePairs.across(vectors(outcomes), vectors(expectations));
        List<List<Scored>> keeps = new ArrayList<>();
        clusters.forEach(c -> keeps.add(new ArrayList<>()));
        for (int o = 0; o < outcomes.size(); o++) {
            java.util.TreeSet<Integer> rows = new java.util.TreeSet<>();
            for (int e : near[o]) {
                rows.add(rowOf.get(expectations.get(e)));
            }
            List<Scored> scored = new ArrayList<>();
            List<Integer> scoredRows = new ArrayList<>();
            for (int r : rows) {
                Scored s = best(clusters.get(r), outcomes.get(o));
                if (s != null) {
                    scored.add(s);
                    scoredRows.add(r);
                }
            }
            double[] ascending = scored.stream().mapToDouble(Scored::score).sorted().toArray();
            for (int k = 0; k < scored.size(); k++) {
                Scored s = scored.get(k);
                // how many rows score better against this outcome: it is linked only to its own best rows
                long better = ascending.length - notAbove(ascending, s.score());
                if (s.score() >= settings.linkScore() && better < settings.outcomeRank()) {
                    keeps.get(scoredRows.get(k)).add(better == 0 ? s.asOwn() : s);
                }
            }
        }
        List<List<Scored>> linked = new ArrayList<>();
        for (int r = 0; r < clusters.size(); r++) {
            List<Scored> keep = keeps.get(r);
            keep.sort(Comparator.comparingDouble(Scored::score).reversed());
            if (!keep.isEmpty()) {
                double top = keep.get(0).score();
                // the outcomes whose best row this is come first, then the others within the margin of the best
                List<Scored> order = new ArrayList<>(keep);
                order.sort(Comparator.comparing((Scored x) -> !x.own()).thenComparing(Comparator.comparingDouble(Scored::score).reversed()));
                List<Scored> distinct = new ArrayList<>();
                for (Scored s : order) {
                    boolean wanted = s.own() || s.score() >= top - settings.outcomeMargin();
                    if (wanted && distinct.size() < settings.maxOutcomes()
                            && distinct.stream().noneMatch(d -> d.outcome().evidence().overlaps(s.outcome().evidence()))) {
                        distinct.add(s);
                    }
                }
                distinct.sort(Comparator.comparingDouble(Scored::score).reversed());
                keep = distinct;
            }
            linked.add(keep);
        }
        List<ScorecardRow> rows = new ArrayList<>();
        for (int r = 0; r < clusters.size(); r++) {
            List<Passage> cluster = clusters.get(r);
            long sources = cluster.stream().map(Passage::source).distinct().count();
            if (linked.get(r).isEmpty() && sources < 2) {
                continue;
            }
            rows.add(row(cluster, linked.get(r), anyAfterSource));
        }
        return rows;
    }

    /**
     * Outcome {@code o} against a row: the mean score over the members from other sources, with the best of them; null
     * when every member comes from the outcome's own source.
     */
    private Scored best(List<Passage> cluster, Passage o) {
        Passage best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        double sum = 0;
        int n = 0;
        for (Passage e : cluster) {
            if (e.source().equals(o.source())) {
                continue;
            }
            double sc = scoring.score(e, o);
            sum += sc;
            n++;
            if (best == null || sc > bestScore) {
                best = e;
                bestScore = sc;
            }
        }
        return best == null ? null : new Scored(o, sum / n, best, bestScore, false);
    }

    /** How many of the ascending {@code values} are at most {@code x}. */
    private static int notAbove(double[] values, double x) {
        int lo = 0;
        int hi = values.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private List<float[]> vectors(List<Passage> passages) {
        return passages.stream().map(p -> scoring.similarity().vector(p.text())).toList();
    }

    /**
     * Average-link clustering that never joins two clauses scoring below {@code linkScore} (so a row does not drift across
     * subjects); two clauses of one claim never share a row. Only candidate pairs are scored (every pair in a small
     * corpus), and only pairs at {@code linkScore} or above can join, so the cost follows those pairs.
     */
    List<List<Passage>> cluster(List<Passage> expectations) {
        CrossSourceSettings settings = scoring.settings();
        List<AverageLinkClusterer.Edge> edges = new ArrayList<>();
        for (int[] pair : CandidatePairs.of(vectors(expectations))) {
            Passage a = expectations.get(pair[0]);
            Passage b = expectations.get(pair[1]);
            if (a.claimId().equals(b.claimId())) {
                continue;
            }
            double s = scoring.score(a, b);
            if (s >= settings.linkScore()) {
                edges.add(new AverageLinkClusterer.Edge(pair[0], pair[1], s));
            }
        }
        List<List<Passage>> out = new ArrayList<>();
        for (List<Integer> c : AverageLinkClusterer.cluster(expectations.size(), edges, settings.clusterScore())) {
            out.add(c.stream().map(expectations::get).toList());
        }
        return out;
    }

    private ScorecardRow row(List<Passage> cluster, List<Scored> linked, boolean anyAfterSource) {
        List<String> expectationIds = cluster.stream().map(Passage::id).toList();
        Set<String> expectingSources = new LinkedHashSet<>();
        cluster.forEach(p -> expectingSources.add(p.source()));
        String expected = "Expected by " + expectingSources.size() + (expectingSources.size() == 1 ? " source (" : " sources (")
                + Texts.list(expectingSources) + "): '" + Texts.clip(cluster.get(0).text(), 80) + "'";
        if (linked.isEmpty()) {
            return new ScorecardRow(expectationIds, List.of(), "unknown", expected + "; "
                    + (anyAfterSource ? "no source written after the event reports on it." : "no source was written after the event."));
        }
        Scored top = linked.get(0);
        Status status = status(top.expectation().text(), top.outcome().text(), top.bestScore(), scoring.settings());
        String why = expected + "; " + top.outcome().source() + " reports: '" + Texts.clip(top.outcome().text(), 100) + "'"
                + (status.reason().isEmpty() ? "" : " (" + status.reason() + ")");
        return new ScorecardRow(expectationIds, linked.stream().map(s -> s.outcome().id()).toList(), status.name(), why);
    }

    /** A status and why it was given (empty for a plain strong match). */
    record Status(String name, String reason) {
    }

    /**
     * The status of a linked row from its best expectation–outcome pair: {@code unmet} when the outcome (not the
     * expectation) reports a failure, {@code partly} when it hedges or the match is weak, else {@code met}.
     */
    static Status status(String expectation, String outcome, double score, CrossSourceSettings settings) {
        String e = expectation.toLowerCase(Locale.ROOT);
        String o = outcome.toLowerCase(Locale.ROOT);
        String failure = firstMatch(FAILURE, o);
        if (failure != null && firstMatch(FAILURE, e) == null) {
            return new Status("unmet", "the outcome reports a failure: '" + failure + "'");
        }
        String hedge = firstMatch(HEDGE, o);
        if (hedge != null && firstMatch(HEDGE, e) == null) {
            return new Status("partly", "the outcome qualifies it: '" + hedge + "'");
        }
        return score >= settings.metScore() ? new Status("met", "")
                : new Status("partly", "the outcome matches only in part");
    }

    private static String firstMatch(Pattern p, String text) {
        var m = p.matcher(text);
        return m.find() ? m.group() : null;
    }
}
