package org.dossier.reconcile.crosssource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.model.dossier.ScorecardRow;

/**
 * The expectation scorecard: expectations that say the same thing (from any before-source) are clustered into one row
 * (average link), then linked to the outcomes that score best against any member. Status: {@code met} for a strong match,
 * {@code partly} for a weaker one or an outcome that hedges or negates, {@code unmet} when the outcome reports a failure,
 * {@code unknown} when no outcome matches.
 */
final class ScorecardBuilder {

    private static final Pattern FAILURE = Pattern.compile(
            "\\b(failed|fails|refused|rejected|declined|did not|didn't|dropped|scrapped|cancell?ed|postponed|no agreement|no deal)\\b");
    private static final Pattern HEDGE = Pattern.compile(
            "\\b(not|no|without|only|partial|partially|limited|ambiguous|vague|instead|rather than|stopped short)\\b");

    private final Scoring scoring;

    ScorecardBuilder(Scoring scoring) {
        this.scoring = scoring;
    }

    List<ScorecardRow> build(List<Passage> expectations, List<Passage> outcomes, boolean anyAfterSource) {
        List<ScorecardRow> rows = new ArrayList<>();
        for (List<Passage> cluster : cluster(expectations)) {
            rows.add(row(cluster, outcomes, anyAfterSource));
        }
        return rows;
    }

    /** Average-link clustering; two clauses of one claim never share a row. */
    List<List<Passage>> cluster(List<Passage> expectations) {
        int n = expectations.size();
        double[][] s = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Passage a = expectations.get(i);
                Passage b = expectations.get(j);
                s[i][j] = a.claimId().equals(b.claimId()) ? Double.NEGATIVE_INFINITY : scoring.score(a, b);
                s[j][i] = s[i][j];
            }
        }
        List<List<Integer>> clusters = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            clusters.add(new ArrayList<>(List.of(i)));
        }
        while (true) {
            double best = Double.NEGATIVE_INFINITY;
            int bi = -1;
            int bj = -1;
            for (int i = 0; i < clusters.size(); i++) {
                for (int j = i + 1; j < clusters.size(); j++) {
                    double avg = average(s, clusters.get(i), clusters.get(j));
                    if (avg > best) {
                        best = avg;
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0 || best < scoring.settings().clusterScore()) {
                break;
            }
            clusters.get(bi).addAll(clusters.remove(bj));
        }
        List<List<Passage>> out = new ArrayList<>();
        for (List<Integer> c : clusters) {
            List<Passage> members = c.stream().sorted().map(expectations::get).toList();
            out.add(members);
        }
        return out;
    }

    private static double average(double[][] s, List<Integer> a, List<Integer> b) {
        double sum = 0;
        for (int i : a) {
            for (int j : b) {
                if (s[i][j] == Double.NEGATIVE_INFINITY) {
                    return Double.NEGATIVE_INFINITY;
                }
                sum += s[i][j];
            }
        }
        return sum / (a.size() * b.size());
    }

    private ScorecardRow row(List<Passage> cluster, List<Passage> outcomes, boolean anyAfterSource) {
        CrossSourceSettings settings = scoring.settings();
        record Scored(Passage outcome, double score, Passage expectation) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Passage o : outcomes) {
            Scored best = null;
            for (Passage e : cluster) {
                if (e.source().equals(o.source())) {
                    continue;
                }
                double sc = scoring.score(e, o);
                if (best == null || sc > best.score()) {
                    best = new Scored(o, sc, e);
                }
            }
            if (best != null && best.score() >= settings.linkScore()) {
                scored.add(best);
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        List<String> expectationIds = cluster.stream().map(Passage::id).toList();
        Set<String> expectingSources = new LinkedHashSet<>();
        cluster.forEach(p -> expectingSources.add(p.source()));
        String expected = "Expected by " + expectingSources.size() + (expectingSources.size() == 1 ? " source (" : " sources (")
                + Texts.list(expectingSources) + "): '" + Texts.clip(cluster.get(0).text(), 80) + "'";
        if (scored.isEmpty()) {
            return new ScorecardRow(expectationIds, List.of(), "unknown", expected + "; "
                    + (anyAfterSource ? "no source written after the event reports on it." : "no source was written after the event."));
        }
        Scored top = scored.get(0);
        List<Scored> linked = scored.stream()
                .filter(s -> s.score() >= top.score() - settings.outcomeMargin())
                .limit(settings.maxOutcomes()).toList();
        String status = status(top.expectation().text(), top.outcome().text(), top.score(), settings);
        String why = expected + "; " + top.outcome().source() + " reports: '" + Texts.clip(top.outcome().text(), 100) + "'"
                + (status.equals("met") ? "" : " (" + statusReason(status) + ")");
        return new ScorecardRow(expectationIds, linked.stream().map(s -> s.outcome().id()).toList(), status, why);
    }

    /** The status of a linked row from its best expectation–outcome pair. */
    static String status(String expectation, String outcome, double score, CrossSourceSettings settings) {
        String e = expectation.toLowerCase(Locale.ROOT);
        String o = outcome.toLowerCase(Locale.ROOT);
        if (FAILURE.matcher(o).find() && !FAILURE.matcher(e).find()) {
            return "unmet";
        }
        if (HEDGE.matcher(o).find() && !HEDGE.matcher(e).find()) {
            return "partly";
        }
        return score >= settings.metScore() ? "met" : "partly";
    }

    private static String statusReason(String status) {
        return switch (status) {
            case "unmet" -> "the outcome reports a failure";
            case "partly" -> "the outcome matches only in part or with reservations";
            default -> status;
        };
    }
}
