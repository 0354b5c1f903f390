package org.dossier.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The measures across sources: {@code scorecard_linked}, {@code scorecard_status}, {@code contradictions}, {@code agreements}. */
final class CrossSourceMeasures {

    private CrossSourceMeasures() {
    }

    /**
     * Over gold scorecard rows: one dossier row links it. A dossier row links a gold row when the evidence of its
     * {@code expectation} claims covers one of the gold expectation snippets, and either the evidence of its {@code outcome}
     * claims covers one of the gold outcome snippets or, when the gold row has no outcome snippet, its {@code outcome} list
     * is empty.
     */
    static Measure scorecardLinked(JsonNode gold, DossierIndex dossier) {
        Tally tally = new Tally("scorecard_linked");
        for (JsonNode row : DossierIndex.elements(gold.path("scorecard"))) {
            tally.count(!linkingRows(row, dossier).isEmpty(), "not linked: " + describeRow(row, dossier));
        }
        return tally.toMeasure();
    }

    /** Over all gold scorecard rows: some dossier row links it (as in {@link #scorecardLinked}) with the same {@code status}. */
    static Measure scorecardStatus(JsonNode gold, DossierIndex dossier) {
        Tally tally = new Tally("scorecard_status");
        for (JsonNode row : DossierIndex.elements(gold.path("scorecard"))) {
            List<JsonNode> linking = linkingRows(row, dossier);
            String status = DossierIndex.string(row, "status");
            boolean right = linking.stream().anyMatch(r -> status != null && status.equals(DossierIndex.string(r, "status")));
            tally.count(right, linking.isEmpty() ? "not linked: " + describeRow(row, dossier)
                    : id(row) + ": expected " + status + ", got "
                            + linking.stream().map(r -> String.valueOf(DossierIndex.string(r, "status"))).toList());
        }
        return tally.toMeasure();
    }

    /**
     * Over gold contradictions: one dossier contradiction's items cover both snippet {@code a} and snippet {@code b}, and its
     * {@code kind} is {@code update} exactly when the gold {@code about} starts with {@code update:}.
     */
    static Measure contradictions(JsonNode gold, DossierIndex dossier) {
        Tally tally = new Tally("contradictions");
        for (JsonNode item : DossierIndex.elements(gold.path("contradictions"))) {
            GoldSnippet a = dossier.locate(item.path("a"));
            GoldSnippet b = dossier.locate(item.path("b"));
            String about = String.valueOf(DossierIndex.string(item, "about"));
            boolean update = about.startsWith("update:");
            boolean covered = false;
            boolean right = false;
            for (JsonNode candidate : dossier.items("contradictions")) {
                List<Evidence> evidence = dossier.evidence(candidate.get("items"));
                if (a.coveredByAny(evidence) && b.coveredByAny(evidence)) {
                    covered = true;
                    right |= update == "update".equals(DossierIndex.string(candidate, "kind"));
                }
            }
            tally.count(right, "\"" + about + "\": " + (covered ? "kind should " + (update ? "" : "not ") + "be update"
                    : "no contradiction covers " + a.label() + " and " + b.label()));
        }
        return tally.toMeasure();
    }

    /** Over gold agreements: one dossier agreement's items cover two different snippets of the gold item. */
    static Measure agreements(JsonNode gold, DossierIndex dossier) {
        Tally tally = new Tally("agreements");
        for (JsonNode item : DossierIndex.elements(gold.path("agreements"))) {
            List<GoldSnippet> snippets = DossierIndex.elements(item.path("items")).stream().map(dossier::locate).toList();
            boolean found = dossier.items("agreements").stream().anyMatch(candidate -> {
                List<Evidence> evidence = dossier.evidence(candidate.get("items"));
                return snippets.stream().filter(s -> s.coveredByAny(evidence)).count() >= 2;
            });
            tally.count(found, "\"" + DossierIndex.string(item, "about") + "\": no agreement covers two of "
                    + snippets.stream().map(GoldSnippet::label).toList());
        }
        return tally.toMeasure();
    }

    private static List<JsonNode> linkingRows(JsonNode row, DossierIndex dossier) {
        List<GoldSnippet> expectations = snippets(row.path("expectation"), dossier);
        List<GoldSnippet> outcomes = snippets(row.path("outcome"), dossier);
        return dossier.items("scorecard").stream().filter(candidate -> {
            List<Evidence> expected = dossier.claimEvidence(candidate.path("expectation"));
            if (expectations.stream().noneMatch(s -> s.coveredByAny(expected))) {
                return false;
            }
            if (outcomes.isEmpty()) {
                return DossierIndex.elements(candidate.path("outcome")).isEmpty();
            }
            List<Evidence> outcome = dossier.claimEvidence(candidate.path("outcome"));
            return outcomes.stream().anyMatch(s -> s.coveredByAny(outcome));
        }).toList();
    }

    private static List<GoldSnippet> snippets(JsonNode refs, DossierIndex dossier) {
        return DossierIndex.elements(refs).stream().map(dossier::locate).toList();
    }

    private static String id(JsonNode row) {
        return String.valueOf(DossierIndex.string(row, "id"));
    }

    private static String describeRow(JsonNode row, DossierIndex dossier) {
        return id(row) + " expectation " + snippets(row.path("expectation"), dossier).stream().map(GoldSnippet::label).toList()
                + ", outcome " + snippets(row.path("outcome"), dossier).stream().map(GoldSnippet::label).toList();
    }
}
