package org.dossier.reconcile.crosssource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.model.Evidence;
import org.dossier.model.Source;
import org.dossier.model.dossier.Contradiction;

/**
 * Sources that disagree: different dates for the same happening ({@code date}), different values for the same measure
 * or different lengths of the same kind of happening ({@code number}), and the same claim with and without a negation
 * ({@code claim}). When the later of two sources written in the same phase differs, the pair is an {@code update}.
 */
final class ContradictionFinder {

    private static final Pattern NEGATION = Pattern.compile("\\b(not|no|never|neither|nor|denied|denies|deny)\\b|n't\\b");

    private final Scoring scoring;
    private final Map<String, Source> sources;

    ContradictionFinder(Scoring scoring, Map<String, Source> sources) {
        this.scoring = scoring;
        this.sources = sources;
    }

    List<Contradiction> find(List<Passage> claims, List<int[]> claimPairs, List<Mention> figures, List<Mention> dates,
            List<Mention> durations) {
        List<Contradiction> out = new ArrayList<>();
        out.addAll(differentValue(dates, scoring.settings().sameHappeningScore(), "date", "date of"));
        out.addAll(differentValue(figures, scoring.settings().sameHappeningScore(), "number", "value of"));
        out.addAll(differentValue(durations, Double.NEGATIVE_INFINITY, "number", "length of the"));
        out.addAll(negatedClaims(claims, claimPairs));
        return out;
    }

    /**
     * Mentions from different sources, in different dossier items with different values of the same precision, whose
     * contexts score at least {@code threshold}, whose sentences do not each name a person the other does not, and that
     * are each other's best match in the other's source (so a sentence is compared with the one telling of the same
     * happening, not with every similar one); one contradiction per pair of items.
     */
    private List<Contradiction> differentValue(List<Mention> mentions, double threshold, String kind, String aboutPrefix) {
        List<float[]> vectors = mentions.stream().map(m -> scoring.similarity().vector(m.context())).toList();
        List<int[]> pairs = CandidatePairs.within(vectors, mentions.stream().map(Mention::dimension).toList());
        double[] scores = new double[pairs.size()];
        boolean[] counted = new boolean[pairs.size()];
        for (int p = 0; p < pairs.size(); p++) {
            Mention a = mentions.get(pairs.get(p)[0]);
            Mention b = mentions.get(pairs.get(p)[1]);
            if (a.source().equals(b.source())) {
                continue;
            }
            scores[p] = contextScore(a, b);
            counted[p] = true;
        }
        MutualBest best = MutualBest.of(pairs, scores, counted, mentions.stream().map(Mention::source).toList());
        Map<String, List<Mention[]>> byItems = new LinkedHashMap<>();
        for (int p = 0; p < pairs.size(); p++) {
            Mention a = mentions.get(pairs.get(p)[0]);
            Mention b = mentions.get(pairs.get(p)[1]);
            if (a.source().equals(b.source()) || a.group().equals(b.group()) || !comparable(a.value(), b.value())
                    || scores[p] < threshold || scoring.entities().namesOtherPeople(a.entities(), b.entities())) {
                continue;
            }
            if (!best.mutual(p)) {
                continue;
            }
            String key = a.group().compareTo(b.group()) < 0 ? a.group() + "|" + b.group() : b.group() + "|" + a.group();
            byItems.computeIfAbsent(key, k -> new ArrayList<>()).add(new Mention[] {a, b});
        }
        List<Contradiction> out = new ArrayList<>();
        for (List<Mention[]> itemPairs : byItems.values()) {
            Set<Evidence> items = new LinkedHashSet<>();
            Mention[] first = itemPairs.get(0);
            itemPairs.forEach(p -> {
                items.add(p[0].evidence());
                items.add(p[1].evidence());
            });
            String finalKind = isUpdate(first[0].source(), first[1].source()) ? "update" : kind;
            String about = aboutPrefix + " '" + Texts.clip(first[0].context(), 60) + "': " + first[0].value() + " ("
                    + first[0].source() + ") vs " + first[1].value() + " (" + first[1].source() + ")";
            out.add(new Contradiction(finalKind.equals("update") ? "update: " + about : about, finalKind,
                    items.stream().sorted(AgreementFinder.EVIDENCE_ORDER).toList()));
        }
        return out;
    }

    /**
     * Different values that could disagree: not equal, not one a coarser form of the other (2025 vs 2025-02), and not
     * the same day of another year (2005-07-07 vs 2006-07-07 is an anniversary, a recurrence rather than a conflict).
     */
    static boolean comparable(String a, String b) {
        if (a.equals(b) || a.startsWith(b) || b.startsWith(a)) {
            return false;
        }
        return !(DAY.matcher(a).matches() && DAY.matcher(b).matches() && a.substring(4).equals(b.substring(4)));
    }

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private double contextScore(Mention a, Mention b) {
        return scoring.similarity().z(a.context(), b.context())
                + scoring.settings().entityWeight() * scoring.entities().overlap(a.entities(), b.entities());
    }

    /**
     * The same claim with and without a negation, from two sources whose claims are each other's best match in the other's
     * source.
     */
    private List<Contradiction> negatedClaims(List<Passage> claims, List<int[]> claimPairs) {
        double[] scores = new double[claimPairs.size()];
        boolean[] counted = new boolean[claimPairs.size()];
        for (int p = 0; p < claimPairs.size(); p++) {
            Passage a = claims.get(claimPairs.get(p)[0]);
            Passage b = claims.get(claimPairs.get(p)[1]);
            if (a.source().equals(b.source()) || AgreementFinder.expectationAndOutcome(a, b)) {
                continue;
            }
            scores[p] = scoring.score(a, b);
            counted[p] = true;
        }
        MutualBest best = MutualBest.of(claimPairs, scores, counted, claims.stream().map(Passage::source).toList());
        List<Contradiction> out = new ArrayList<>();
        boolean[] negated = new boolean[claims.size()];   // once per claim, not once per pair
        for (int i = 0; i < negated.length; i++) {
            negated[i] = negated(claims.get(i).text());
        }
        for (int p = 0; p < claimPairs.size(); p++) {
            Passage a = claims.get(claimPairs.get(p)[0]);
            Passage b = claims.get(claimPairs.get(p)[1]);
            if (a.source().equals(b.source()) || AgreementFinder.expectationAndOutcome(a, b)
                    || negated[claimPairs.get(p)[0]] == negated[claimPairs.get(p)[1]]
                    || scores[p] < scoring.settings().agreeScore()
                    || !best.mutual(p)) {
                continue;
            }
            String kind = isUpdate(a.source(), b.source()) ? "update" : "claim";
            String about = "'" + Texts.clip(a.text(), 60) + "' (" + a.source() + ") vs '" + Texts.clip(b.text(), 60)
                    + "' (" + b.source() + ")";
            out.add(new Contradiction(kind.equals("update") ? "update: " + about : about, kind,
                    List.of(a.evidence(), b.evidence())));
        }
        return out;
    }

    static boolean negated(String text) {
        return NEGATION.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    /** Two sources written in the same phase on different days: the later one revises, it does not contradict. */
    boolean isUpdate(String a, String b) {
        Source sa = sources.get(a);
        Source sb = sources.get(b);
        if (sa == null || sb == null || sa.published() == null || sb.published() == null || sa.phase() != sb.phase()) {
            return false;
        }
        String da = day(sa.published());
        String db = day(sb.published());
        return da.length() == 10 && db.length() == 10 && !da.equals(db);
    }

    private static String day(String published) {
        return published.length() >= 10 ? published.substring(0, 10) : published;
    }
}
