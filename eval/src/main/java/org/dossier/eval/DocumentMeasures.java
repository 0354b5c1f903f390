package org.dossier.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The per-document measures: {@code metadata}, {@code boilerplate_dropped} and {@code article_kept}. */
final class DocumentMeasures {
    static final List<String> METADATA_FIELDS = List.of("title", "outlet", "author", "published");

    private DocumentMeasures() {
    }

    /**
     * Over every non-null gold field title/outlet/author/published: the dossier source with that id has an equal value.
     * Text fields are equal after normalization, ignoring case; {@code published} as in {@link #sameDate}.
     */
    static Measure metadata(JsonNode gold, DossierIndex dossier) {
        Tally tally = new Tally("metadata");
        for (Map.Entry<String, JsonNode> doc : gold.path("documents").properties()) {
            JsonNode source = dossier.source(doc.getKey());
            for (String field : METADATA_FIELDS) {
                String expected = DossierIndex.string(doc.getValue(), field);
                if (expected == null) {
                    continue;
                }
                String actual = source == null ? null : DossierIndex.string(source, field);
                boolean right = actual != null
                        && (field.equals("published") ? sameDate(expected, actual) : sameText(expected, actual));
                tally.count(right, doc.getKey() + " " + field + ": expected \"" + expected + "\", got "
                        + (source == null ? "no such source" : actual == null ? "null" : "\"" + actual + "\""));
            }
        }
        return tally.toMeasure();
    }

    /** Over {@code boilerplate.must_drop}: the snippet no longer occurs in the source text (the source must exist). */
    static Measure boilerplateDropped(JsonNode gold, DossierIndex dossier) {
        Tally tally = new Tally("boilerplate_dropped");
        for (JsonNode ref : DossierIndex.elements(gold.path("boilerplate").path("must_drop"))) {
            GoldSnippet snippet = dossier.locate(ref);
            boolean sourceKnown = dossier.source(snippet.doc()) != null;
            tally.count(sourceKnown && !snippet.found(),
                    sourceKnown ? "still in the text: " + snippet.label() : "not scored: " + snippet.label());
        }
        return tally.toMeasure();
    }

    /** Over {@code boilerplate.must_keep}: the snippet occurs in the source text. */
    static Measure articleKept(JsonNode gold, DossierIndex dossier) {
        Tally tally = new Tally("article_kept");
        for (JsonNode ref : DossierIndex.elements(gold.path("boilerplate").path("must_keep"))) {
            GoldSnippet snippet = dossier.locate(ref);
            tally.count(snippet.found(), "lost: " + snippet.label());
        }
        return tally.toMeasure();
    }

    static boolean sameText(String expected, String actual) {
        return NormalizedText.normalize(expected).toLowerCase(Locale.ROOT)
                .equals(NormalizedText.normalize(actual).toLowerCase(Locale.ROOT));
    }

    /**
     * A dossier date is right when it equals the gold date or starts with it (it is at least as precise and agrees at the
     * gold's precision), or both parse as offset date-times of the same instant (seconds optional). A dossier date less
     * precise than the gold's is wrong.
     */
    static boolean sameDate(String expected, String actual) {
        String want = NormalizedText.normalize(expected).toUpperCase(Locale.ROOT);
        String got = NormalizedText.normalize(actual).toUpperCase(Locale.ROOT);
        if (got.startsWith(want)) {
            return true;
        }
        try {
            return OffsetDateTime.parse(want).toInstant().equals(OffsetDateTime.parse(got).toInstant());
        } catch (DateTimeParseException notDateTimes) {
            return false;
        }
    }
}
