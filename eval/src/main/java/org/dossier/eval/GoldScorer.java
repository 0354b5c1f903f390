package org.dossier.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Scores a dossier against a gold file, measure by measure ({@link #MEASURES}, defined in {@code shared/eval/README.md}).
 * Stateless and thread-safe; inputs are only read.
 *
 * <p>Gold snippets are located in the dossier's own {@code sources[].text} after mapping curly quotes to straight ones and
 * whitespace runs to one space, case-sensitively; a snippet that occurs several times may be covered at any occurrence.
 * Evidence covers a snippet when it names the same source, its offsets overlap the snippet, and its offsets slice exactly
 * its own {@code text}. A gold item whose snippet is not in the text is a miss (except for {@code boilerplate_dropped} and
 * {@code not_quotes}, where absence is the goal).
 */
public final class GoldScorer {
    /**
     * Whether entity names and surfaces are compared case-sensitively (after normalizing quotes and whitespace). True:
     * names are proper nouns, and folding case would let common words ({@code Son}/{@code son}, {@code US}/{@code us})
     * count as occurrences of a surface.
     */
    public static final boolean NAMES_CASE_SENSITIVE = true;

    /** The measure names, in report order. */
    public static final List<String> MEASURES = List.of("metadata", "boilerplate_dropped", "article_kept",
            "entities_resolved", "entities_kept_apart", "quotes_found", "quote_speakers", "quotes_precision", "not_quotes",
            "figures", "figures_precision", "timeline", "scorecard_linked", "scorecard_status", "contradictions", "agreements");

    private static final List<BiFunction<JsonNode, DossierIndex, Measure>> SCORERS = List.of(
            DocumentMeasures::metadata, DocumentMeasures::boilerplateDropped, DocumentMeasures::articleKept,
            EntityMeasures::resolved, EntityMeasures::keptApart,
            QuoteMeasures::found, QuoteMeasures::speakers, QuoteMeasures::precision, QuoteMeasures::notQuotes,
            FactMeasures::figures, FactMeasures::precision, FactMeasures::timeline,
            CrossSourceMeasures::scorecardLinked, CrossSourceMeasures::scorecardStatus,
            CrossSourceMeasures::contradictions, CrossSourceMeasures::agreements);

    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldScorer() {
    }

    /**
     * Scores {@code dossier} against {@code gold}. Sections missing from either tree read as empty; a measure whose gold
     * section is empty is absent (NaN).
     *
     * @param gold the gold file's JSON tree
     * @param dossier the {@code dossier.json} tree
     * @return every measure of {@link #MEASURES}, in that order
     */
    public static Scores score(JsonNode gold, JsonNode dossier) {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(dossier, "dossier");
        DossierIndex index = new DossierIndex(dossier);
        return new Scores(SCORERS.stream().map(scorer -> scorer.apply(gold, index)).toList());
    }

    /**
     * Reads both files and scores them.
     *
     * @param gold path of the gold file
     * @param dossier path of the {@code dossier.json}
     * @throws EvalException when a file is missing, unreadable, not JSON, or not a JSON object
     */
    public static Scores scoreFiles(Path gold, Path dossier) throws EvalException {
        return score(read(gold, "gold file"), read(dossier, "dossier"));
    }

    private static JsonNode read(Path file, String what) throws EvalException {
        JsonNode tree;
        try {
            tree = JSON.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new EvalException(file, what + " not found", e);
        } catch (JsonProcessingException e) {
            throw new EvalException(file, what + " is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")", e);
        } catch (IOException e) {
            throw new EvalException(file, what + " cannot be read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        }
        if (tree == null || !tree.isObject()) {
            throw new EvalException(file, what + " is not a JSON object", null);
        }
        return tree;
    }
}
