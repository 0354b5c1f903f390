package org.dossier.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.regex.Pattern;

/** The figure and timeline measures: {@code figures}, {@code figures_precision} and {@code timeline}. */
final class FactMeasures {
    /** Relative tolerance when comparing figure values. */
    static final double VALUE_TOLERANCE = 1e-6;
    private static final Pattern MONEY = Pattern.compile("[A-Z]{3}");

    private FactMeasures() {
    }

    /** Over gold figures: a dossier figure's evidence overlaps the snippet and its value equals the gold value. */
    static Measure figures(JsonNode gold, DossierIndex dossier) {
        Tally tally = new Tally("figures");
        for (JsonNode figure : DossierIndex.elements(gold.path("figures"))) {
            GoldSnippet snippet = dossier.locate(figure);
            boolean covered = false;
            boolean right = false;
            for (JsonNode candidate : dossier.items("figures")) {
                if (snippet.coveredByAny(dossier.evidence(candidate.get("evidence")))) {
                    covered = true;
                    right |= sameValue(figure.get("value"), candidate.get("value"));
                }
            }
            tally.count(right, (covered ? "wrong value, expected " + figure.get("value") + ": " : "not found: ")
                    + snippet.label());
        }
        return tally.toMeasure();
    }

    /**
     * Over dossier figures whose unit is money (three upper-case letters) or {@code percent}: the figure's evidence overlaps
     * some gold figure snippet whose value it equals. Absent when the gold has no figures.
     */
    static Measure precision(JsonNode gold, DossierIndex dossier) {
        Tally tally = new Tally("figures_precision");
        List<JsonNode> goldFigures = DossierIndex.elements(gold.path("figures"));
        if (goldFigures.isEmpty()) {
            return tally.toMeasure();
        }
        List<GoldSnippet> snippets = goldFigures.stream().map(dossier::locate).toList();
        for (JsonNode figure : dossier.items("figures")) {
            String unit = DossierIndex.string(figure, "unit");
            if (unit == null || !(unit.equals("percent") || MONEY.matcher(unit).matches())) {
                continue;
            }
            List<Evidence> evidence = dossier.evidence(figure.get("evidence"));
            boolean inGold = false;
            for (int i = 0; i < goldFigures.size() && !inGold; i++) {
                inGold = snippets.get(i).coveredByAny(evidence) && sameValue(goldFigures.get(i).get("value"), figure.get("value"));
            }
            tally.count(inGold, "not a gold figure: " + QuoteMeasures.describe(figure, evidence) + " = " + figure.get("value")
                    + " " + unit);
        }
        return tally.toMeasure();
    }

    /** Over gold timeline items: a dossier timeline item with the same {@code date} string has evidence overlapping the snippet. */
    static Measure timeline(JsonNode gold, DossierIndex dossier) {
        Tally tally = new Tally("timeline");
        for (JsonNode item : DossierIndex.elements(gold.path("timeline"))) {
            GoldSnippet snippet = dossier.locate(item);
            String date = DossierIndex.string(item, "date");
            boolean found = date != null && dossier.items("timeline").stream()
                    .filter(t -> date.equals(DossierIndex.string(t, "date")))
                    .anyMatch(t -> snippet.coveredByAny(dossier.evidence(t.get("evidence"))));
            tally.count(found, "not found: " + date + " " + snippet.label());
        }
        return tally.toMeasure();
    }

    /** Two numbers equal within {@link #VALUE_TOLERANCE}, or two [low, high] ranges with equal ends. */
    static boolean sameValue(JsonNode expected, JsonNode actual) {
        if (expected == null || actual == null) {
            return false;
        }
        if (expected.isNumber() && actual.isNumber()) {
            return close(expected.asDouble(), actual.asDouble());
        }
        return expected.isArray() && actual.isArray() && expected.size() == 2 && actual.size() == 2
                && sameValue(expected.get(0), actual.get(0)) && sameValue(expected.get(1), actual.get(1))
                && expected.get(0).isNumber();
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= VALUE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
    }
}
