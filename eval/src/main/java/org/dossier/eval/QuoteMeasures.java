package org.dossier.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The quote measures: {@code quotes_found}, {@code quote_speakers}, {@code quotes_precision} and {@code not_quotes}. */
final class QuoteMeasures {
    /** Dossier quotes shorter than this many words are left out of {@code quotes_precision}. */
    static final int PRECISION_MIN_WORDS = 5;

    private QuoteMeasures() {
    }

    /** Over gold quotes: some dossier quote's evidence overlaps at least half of the snippet's characters. */
    static Measure found(JsonNode gold, DossierIndex dossier) {
        Tally tally = new Tally("quotes_found");
        for (JsonNode quote : DossierIndex.elements(gold.path("quotes"))) {
            GoldSnippet snippet = dossier.locate(quote);
            tally.count(!matching(snippet, dossier).isEmpty(), "not found: " + snippet.label());
        }
        return tally.toMeasure();
    }

    /**
     * Over all gold quotes: the quote is found and one of the dossier quotes that find it has an acceptable speaker. The gold
     * speaker is a name, a list of acceptable names (null allowed), or null. A name is matched when the dossier speaker is
     * an entity the name maps to (its name or aliases, else the gold entity's listed surfaces); null is matched by a null
     * or missing dossier speaker.
     */
    static Measure speakers(JsonNode gold, DossierIndex dossier) {
        Tally tally = new Tally("quote_speakers");
        for (JsonNode quote : DossierIndex.elements(gold.path("quotes"))) {
            GoldSnippet snippet = dossier.locate(quote);
            List<JsonNode> found = matching(snippet, dossier);
            JsonNode expected = quote.path("speaker");
            if (found.isEmpty()) {
                tally.miss("not found: " + snippet.label());
                continue;
            }
            boolean right = found.stream().anyMatch(q -> acceptable(expected, q.path("speaker"), gold, dossier));
            List<String> given = found.stream().map(q -> speakerLabel(q.path("speaker"), dossier)).toList();
            tally.count(right, snippet.label() + ": expected " + expected + ", got " + String.join(" / ", given));
        }
        return tally.toMeasure();
    }

    /**
     * Over dossier quotes whose evidence text has at least {@link #PRECISION_MIN_WORDS} words: some of its evidence
     * overlaps some gold quote snippet. Absent when the gold has no quotes.
     */
    static Measure precision(JsonNode gold, DossierIndex dossier) {
        Tally tally = new Tally("quotes_precision");
        List<GoldSnippet> snippets = DossierIndex.elements(gold.path("quotes")).stream().map(dossier::locate).toList();
        if (snippets.isEmpty()) {
            return tally.toMeasure();
        }
        for (JsonNode quote : dossier.items("quotes")) {
            List<Evidence> evidence = dossier.evidence(quote.get("evidence"));
            if (evidence.stream().mapToInt(e -> words(e.text())).sum() < PRECISION_MIN_WORDS) {
                continue;
            }
            boolean inGold = snippets.stream().anyMatch(s -> s.coveredByAny(evidence));
            tally.count(inGold, "not a gold quote: " + describe(quote, evidence));
        }
        return tally.toMeasure();
    }

    /**
     * Over gold {@code not_quotes}: no dossier quote's evidence overlaps the snippet. A snippet no longer in its source text
     * (dropped as boilerplate) counts as not reported; a source missing from the dossier is a miss.
     */
    static Measure notQuotes(JsonNode gold, DossierIndex dossier) {
        Tally tally = new Tally("not_quotes");
        for (JsonNode ref : DossierIndex.elements(gold.path("not_quotes"))) {
            GoldSnippet snippet = dossier.locate(ref);
            if (dossier.source(snippet.doc()) == null) {
                tally.miss("not scored: " + snippet.label());
                continue;
            }
            boolean reported = dossier.items("quotes").stream()
                    .anyMatch(q -> snippet.coveredByAny(dossier.evidence(q.get("evidence"))));
            tally.count(!reported, "reported as a quote: " + snippet.label());
        }
        return tally.toMeasure();
    }

    /** The dossier quotes with evidence overlapping at least half of some occurrence of {@code snippet}. */
    private static List<JsonNode> matching(GoldSnippet snippet, DossierIndex dossier) {
        List<JsonNode> out = new ArrayList<>();
        if (!snippet.found()) {
            return out;
        }
        for (JsonNode quote : dossier.items("quotes")) {
            if (dossier.evidence(quote.get("evidence")).stream().anyMatch(snippet::halfCoveredBy)) {
                out.add(quote);
            }
        }
        return out;
    }

    /** A gold speaker name is matched by the dossier entity it maps to, as for distinct pairs. */
    private static boolean acceptable(JsonNode expected, JsonNode speakerId, JsonNode gold, DossierIndex dossier) {
        List<JsonNode> options = expected.isArray() ? DossierIndex.elements(expected) : List.of(expected);
        boolean speakerIsNull = speakerId.isMissingNode() || speakerId.isNull();
        for (JsonNode option : options) {
            if (option.isMissingNode() || option.isNull() ? speakerIsNull
                    : option.isTextual() && speakerId.isTextual()
                            && EntityMeasures.holdersOfGoldName(option.asText(), gold, dossier).contains(speakerId.asText())) {
                return true;
            }
        }
        return false;
    }

    private static String speakerLabel(JsonNode speakerId, DossierIndex dossier) {
        if (!speakerId.isTextual()) {
            return "null";
        }
        JsonNode entity = dossier.entity(speakerId.asText());
        return entity == null ? speakerId.asText() + " (no such entity)"
                : speakerId.asText() + " " + DossierIndex.names(entity);
    }

    static String describe(JsonNode item, List<Evidence> evidence) {
        String id = String.valueOf(DossierIndex.string(item, "id"));
        if (evidence.isEmpty()) {
            return id + " (no evidence)";
        }
        Evidence first = evidence.get(0);
        return id + " " + first.source() + " \"" + first.text() + "\"" + (first.valid() ? "" : " (evidence does not match)");
    }

    static int words(String text) {
        String trimmed = text == null ? "" : NormalizedText.normalize(text);
        return trimmed.isEmpty() ? 0 : trimmed.split(" ").length;
    }
}
