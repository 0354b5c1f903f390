package org.dossier.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.eval.nlp.Prf;

/**
 * Scores the quote lines of {@code dossier annotate --format jsonl} ({@code {"type":"quote","doc","text","speakerText",
 * "speakerName"}}) against the quotes of a gold file (shared/eval/README.md), without the source texts: a predicted quote
 * and a gold quote of the same document can pair when the longest text they share (after folding quotes and whitespace)
 * is at least half of the gold snippet (as {@code quotes_found} asks of evidence); pairs are one to one, those sharing the most text first. Measures:
 * <ul>
 * <li>detection: paired gold quotes over all gold quotes (recall) and over the predictions scored (precision):
 * predictions of at least {@link QuoteMeasures#PRECISION_MIN_WORDS} words, the length the gold lists, and shorter ones
 * that pair;
 * <li>speaker end to end: the same, counting a pair only when the predicted speaker is acceptable: a gold name is
 * matched by the predicted {@code speakerName} (or {@code speakerText} when the line has no {@code speakerName} field)
 * equal to the name or to one of its gold
 * entity's surfaces, or containing the name or a multi-word surface as whole words; a null gold speaker by no speaker;
 * <li>not quotes: gold {@code not_quotes} that no prediction pairs with;
 * <li>detection, not quotes as errors: detection whose precision also counts, as wrong, the shorter predictions that pair
 * no gold quote but a gold {@code not_quote} (a scare quote or a title reported as speech, whatever its length).
 * </ul>
 */
public final class QuoteLinesScorer {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The three measures, and one line per miss. */
    public record Result(Prf detection, Prf speakers, int notQuotesKept, int notQuotes, Prf detectionNotQuotesAsErrors,
            List<String> misses) {
    }

    /** One predicted quote line. */
    record Predicted(String doc, String text, String speaker, int line) {
    }

    private QuoteLinesScorer() {
    }

    /** Scores the quote lines of {@code predictions} (other lines are skipped) against the gold file. */
    public static Result scoreFiles(Path gold, Path predictions) throws EvalException {
        JsonNode goldRoot;
        try {
            goldRoot = JSON.readTree(Files.readString(gold, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new EvalException(gold, "cannot read the gold file (" + firstLine(e) + ")", e);
        }
        if (goldRoot == null || !goldRoot.path("quotes").isArray()) {
            throw new EvalException(gold, "expected a gold object with a \"quotes\" array", null);
        }
        List<Predicted> predicted = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(predictions, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EvalException(predictions, "cannot read the JSON lines (" + firstLine(e) + ")", e);
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            JsonNode o;
            try {
                o = JSON.readTree(lines.get(i));
            } catch (IOException e) {
                throw new EvalException(predictions, "line " + (i + 1) + ": not JSON (" + firstLine(e) + ")", e);
            }
            if (o == null || !o.isObject()) {
                throw new EvalException(predictions, "line " + (i + 1) + ": expected a JSON object", null);
            }
            if (!"quote".equals(o.path("type").asText(null))) {
                continue;
            }
            if (!o.path("doc").isTextual() || !o.path("text").isTextual()) {
                throw new EvalException(predictions, "line " + (i + 1) + ": a quote needs \"doc\" and \"text\"", null);
            }
            // the name the speaker was resolved to when the line gives one (null: a pronoun or unnamed source), else the words
            String speaker = o.has("speakerName") ? text(o, "speakerName") : text(o, "speakerText");
            predicted.add(new Predicted(o.get("doc").asText(), o.get("text").asText(), speaker, i + 1));
        }
        return score(goldRoot, predicted);
    }

    static Result score(JsonNode gold, List<Predicted> predicted) {
        List<String> misses = new ArrayList<>();
        List<JsonNode> goldQuotes = DossierIndex.elements(gold.path("quotes"));
        List<int[]> pairs = new ArrayList<>();
        for (int g = 0; g < goldQuotes.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                int shared = shared(predicted.get(p), goldQuotes.get(g));
                if (shared > 0) {
                    pairs.add(new int[] {g, p, shared});
                }
            }
        }
        // one to one, the pairs sharing the most text first
        pairs.sort((a, b) -> Integer.compare(b[2], a[2]));
        int[] goldTo = new int[goldQuotes.size()];
        int[] predictedTo = new int[predicted.size()];
        java.util.Arrays.fill(goldTo, -1);
        java.util.Arrays.fill(predictedTo, -1);
        for (int[] pair : pairs) {
            if (goldTo[pair[0]] < 0 && predictedTo[pair[1]] < 0) {
                goldTo[pair[0]] = pair[1];
                predictedTo[pair[1]] = pair[0];
            }
        }
        int found = 0;
        int spoken = 0;
        for (int g = 0; g < goldQuotes.size(); g++) {
            JsonNode q = goldQuotes.get(g);
            if (goldTo[g] < 0) {
                misses.add("quote not found: " + label(q));
                continue;
            }
            found++;
            Predicted p = predicted.get(goldTo[g]);
            if (acceptable(q.path("speaker"), p.speaker(), gold)) {
                spoken++;
            } else {
                misses.add("speaker: " + label(q) + ": expected " + q.path("speaker") + ", got " + p.speaker());
            }
        }
        int scored = 0;
        for (int p = 0; p < predicted.size(); p++) {
            Predicted quote = predicted.get(p);
            if (predictedTo[p] >= 0 || QuoteMeasures.words(quote.text()) >= QuoteMeasures.PRECISION_MIN_WORDS) {
                scored++;
            }
            if (predictedTo[p] < 0 && QuoteMeasures.words(quote.text()) >= QuoteMeasures.PRECISION_MIN_WORDS) {
                misses.add("not a gold quote: " + quote.doc() + " \"" + quote.text() + "\" (line " + quote.line() + ")");
            }
        }
        int kept = 0;
        List<JsonNode> notQuotes = DossierIndex.elements(gold.path("not_quotes"));
        for (JsonNode n : notQuotes) {
            if (predicted.stream().noneMatch(p -> shared(p, n) > 0)) {
                kept++;
            } else {
                misses.add("reported as a quote: " + label(n));
            }
        }
        int shortNotQuotes = 0;
        for (int p = 0; p < predicted.size(); p++) {
            Predicted quote = predicted.get(p);
            if (predictedTo[p] < 0 && QuoteMeasures.words(quote.text()) < QuoteMeasures.PRECISION_MIN_WORDS
                    && notQuotes.stream().anyMatch(n -> shared(quote, n) > 0)) {
                shortNotQuotes++;
            }
        }
        return new Result(new Prf(found, scored, goldQuotes.size()), new Prf(spoken, scored, goldQuotes.size()), kept,
                notQuotes.size(), new Prf(found, scored + shortNotQuotes, goldQuotes.size()), misses);
    }

    /**
     * The characters a predicted quote and a gold item of the same document share (longest common text after folding
     * quotes and whitespace) when that is at least half of the gold snippet, else 0.
     */
    static int shared(Predicted p, JsonNode goldItem) {
        if (!p.doc().equals(goldItem.path("doc").asText(null))) {
            return 0;
        }
        String g = NormalizedText.normalize(goldItem.path("snippet").asText(""));
        String t = NormalizedText.normalize(p.text());
        if (g.isEmpty() || t.isEmpty()) {
            return 0;
        }
        int shared = longestCommonSubstring(g, t);
        return 2 * shared >= g.length() ? shared : 0;
    }

    static boolean acceptable(JsonNode expected, String speaker, JsonNode gold) {
        List<JsonNode> options = expected.isArray() ? DossierIndex.elements(expected) : List.of(expected);
        for (JsonNode option : options) {
            if (option.isMissingNode() || option.isNull()) {
                if (speaker == null) {
                    return true;
                }
            } else if (speaker != null && option.isTextual() && names(option.asText(), speaker, gold)) {
                return true;
            }
        }
        return false;
    }

    /** The predicted speaker names the gold person or organization {@code name}. */
    private static boolean names(String name, String speaker, JsonNode gold) {
        Set<String> surfaces = new HashSet<>();
        surfaces.add(fold(name));
        for (JsonNode e : DossierIndex.elements(gold.path("entities"))) {
            if (name.equals(e.path("name").asText(null))) {
                DossierIndex.elements(e.path("surfaces")).forEach(s -> surfaces.add(fold(s.asText())));
            }
        }
        String said = fold(speaker);
        for (String s : surfaces) {
            if (said.equals(s) || s.contains(" ") && (" " + said + " ").contains(" " + s + " ")) {
                return true;
            }
        }
        return false;
    }

    private static String fold(String s) {
        return NormalizedText.normalize(s).replaceAll("[’']s$", "").toLowerCase(Locale.ROOT);
    }

    static int longestCommonSubstring(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        int best = 0;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = a.charAt(i - 1) == b.charAt(j - 1) ? prev[j - 1] + 1 : 0;
                best = Math.max(best, cur[j]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return best;
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.path(field);
        return v.isTextual() && !v.asText().isBlank() ? v.asText() : null;
    }

    private static String label(JsonNode item) {
        return item.path("doc").asText("?") + " \"" + item.path("snippet").asText("") + "\"";
    }

    private static String firstLine(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
    }
}
