package org.dossier.eval.plover;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.eval.EvalException;
import org.dossier.eval.Measure;

/**
 * Three accuracies of PLOVER event coding over the gold records that have a text:
 * <ul>
 * <li>{@code plover_event}: the predicted category equals the gold {@code event} (over all records; no prediction is wrong);
 * <li>{@code plover_source_country}: over records whose gold source list has at least one code, the first non-null predicted
 * source code is one of the gold source codes;
 * <li>{@code plover_target_country}: the same for targets.
 * </ul>
 * Codes are compared exactly (so a CAMEO-only code in the gold such as {@code JAP} does not match ISO {@code JPN}).
 */
public final class PloverScorer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PloverScorer() {
    }

    /** Scores predictions (one JSON object per line, by {@code id}) against a gold JSON array. */
    public static List<Measure> scoreFiles(Path gold, Path predictions) throws EvalException {
        JsonNode goldRoot;
        try {
            goldRoot = JSON.readTree(Files.readString(gold, StandardCharsets.UTF_8));
        } catch (IOException e) {
            String why = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            throw new EvalException(gold, "cannot read gold records (" + why + ")", e);
        }
        if (goldRoot == null || !goldRoot.isArray()) {
            throw new EvalException(gold, "expected a JSON array of records", null);
        }
        Map<String, JsonNode> predicted = new HashMap<>();
        try {
            int lineNo = 0;
            for (String line : Files.readAllLines(predictions, StandardCharsets.UTF_8)) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode p = JSON.readTree(line);
                if (p == null || !p.has("id")) {
                    throw new EvalException(predictions, "line " + lineNo + ": expected a JSON object with an id", null);
                }
                predicted.put(p.get("id").asText(), p);
            }
        } catch (IOException e) {
            String why = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            throw new EvalException(predictions, "cannot read predictions (" + why + ")", e);
        }
        List<JsonNode> records = new ArrayList<>();
        goldRoot.forEach(records::add);
        return score(records, predicted);
    }

    /** Scores predictions by id against gold records; gold records without a text are skipped. */
    public static List<Measure> score(List<JsonNode> gold, Map<String, JsonNode> predicted) {
        Tally event = new Tally();
        Tally source = new Tally();
        Tally target = new Tally();
        for (JsonNode g : gold) {
            if (!g.hasNonNull("text") || !g.hasNonNull("id")) {
                continue;
            }
            String id = g.get("id").asText();
            JsonNode p = predicted.get(id);
            String goldEvent = g.path("event").asText(null);
            String predEvent = p == null ? null : p.path("event").asText(null);
            event.count(goldEvent != null && goldEvent.equals(predEvent), id + ": event " + predEvent + ", gold " + goldEvent);
            countCodes(source, id, "source", g.get("source"), p == null ? null : p.get("source"));
            countCodes(target, id, "target", g.get("target"), p == null ? null : p.get("target"));
        }
        return List.of(event.measure("plover_event"), source.measure("plover_source_country"),
                target.measure("plover_target_country"));
    }

    private static void countCodes(Tally t, String id, String side, JsonNode gold, JsonNode predicted) {
        Set<String> goldCodes = codes(gold);
        if (goldCodes.isEmpty()) {
            return;
        }
        Set<String> predCodes = codes(predicted);
        String first = predCodes.isEmpty() ? null : predCodes.iterator().next();
        t.count(first != null && goldCodes.contains(first), id + ": " + side + " " + first + ", gold " + goldCodes);
    }

    /** The non-empty codes of an actor list, in order; anything but an array of objects has none. */
    static Set<String> codes(JsonNode actors) {
        Set<String> out = new LinkedHashSet<>();
        if (actors == null || !actors.isArray()) {
            return out;
        }
        for (JsonNode a : actors) {
            String code = a.path("code").asText("");
            if (!code.isBlank() && !code.equals("''") && !code.equals("null")) {
                out.add(code);
            }
        }
        return out;
    }

    /** Hits and misses of one accuracy. Not thread-safe. */
    private static final class Tally {
        private final List<String> misses = new ArrayList<>();
        private int hits;
        private int total;

        void count(boolean hit, String whyNot) {
            total++;
            if (hit) {
                hits++;
            } else {
                misses.add(whyNot);
            }
        }

        Measure measure(String name) {
            return new Measure(name, hits, total, misses);
        }
    }
}
