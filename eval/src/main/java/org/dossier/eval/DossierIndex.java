package org.dossier.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Read-only lookups over a dossier JSON tree: sources with their normalized texts, entities and claims by id, evidence
 * checked against the source text, and gold snippets located in it. Missing sections read as empty.
 */
final class DossierIndex {
    private final JsonNode dossier;
    private final Map<String, NormalizedText> texts = new LinkedHashMap<>();
    private final Map<String, JsonNode> sources = new HashMap<>();
    private final Map<String, JsonNode> entities = new LinkedHashMap<>();
    private final Map<String, JsonNode> claims = new HashMap<>();

    DossierIndex(JsonNode dossier) {
        this.dossier = dossier;
        for (JsonNode source : items("sources")) {
            String id = string(source, "id");
            if (id != null && !sources.containsKey(id)) {
                sources.put(id, source);
                String text = string(source, "text");
                texts.put(id, NormalizedText.of(text == null ? "" : text));
            }
        }
        for (JsonNode entity : items("entities")) {
            String id = string(entity, "id");
            if (id != null) {
                entities.putIfAbsent(id, entity);
            }
        }
        for (JsonNode claim : items("claims")) {
            String id = string(claim, "id");
            if (id != null) {
                claims.putIfAbsent(id, claim);
            }
        }
    }

    /** The elements of a top-level array section; empty when it is missing or not an array. */
    List<JsonNode> items(String section) {
        return elements(dossier.path(section));
    }

    /** The source object with this id, or null. */
    JsonNode source(String id) {
        return sources.get(id);
    }

    /** The normalized text of every source, in dossier order. */
    Collection<NormalizedText> texts() {
        return texts.values();
    }

    /** The dossier entities, in dossier order. */
    Collection<JsonNode> entities() {
        return entities.values();
    }

    /** The entity with this id, or null. */
    JsonNode entity(String id) {
        return id == null ? null : entities.get(id);
    }

    /** Locates a gold {@code {doc, snippet}} object in the text of the dossier source {@code doc}. */
    GoldSnippet locate(JsonNode goldRef) {
        String doc = string(goldRef, "doc");
        String snippet = string(goldRef, "snippet");
        if (doc == null || snippet == null) {
            return new GoldSnippet(String.valueOf(doc), String.valueOf(snippet), List.of(), "gold item lacks doc or snippet");
        }
        NormalizedText text = texts.get(doc);
        if (text == null) {
            return new GoldSnippet(doc, snippet, List.of(), "no source " + doc + " in the dossier");
        }
        List<NormalizedText.Range> places = text.find(snippet);
        return new GoldSnippet(doc, snippet, places, places.isEmpty() ? "snippet not in the source text" : null);
    }

    /**
     * The evidence in {@code node}: one evidence object or an array of them. Each is checked against its source text;
     * objects that are not evidence at all are kept as invalid evidence.
     */
    List<Evidence> evidence(JsonNode node) {
        List<Evidence> out = new ArrayList<>();
        if (node == null || node.isMissingNode() || node.isNull()) {
            return out;
        }
        for (JsonNode item : node.isArray() ? elements(node) : List.of(node)) {
            out.add(toEvidence(item));
        }
        return out;
    }

    /** The evidence of every claim named in the array {@code claimIds}; unknown ids contribute nothing. */
    List<Evidence> claimEvidence(JsonNode claimIds) {
        List<Evidence> out = new ArrayList<>();
        for (JsonNode id : elements(claimIds)) {
            JsonNode claim = id.isTextual() ? claims.get(id.asText()) : null;
            if (claim != null) {
                out.addAll(evidence(claim.get("evidence")));
            }
        }
        return out;
    }

    /** The entity's {@code name} and {@code aliases}, each in {@link #nameKey} form. */
    static Set<String> names(JsonNode entity) {
        Set<String> names = new LinkedHashSet<>();
        String name = string(entity, "name");
        if (name != null) {
            names.add(nameKey(name));
        }
        for (JsonNode alias : elements(entity.path("aliases"))) {
            if (alias.isTextual()) {
                names.add(nameKey(alias.asText()));
            }
        }
        return names;
    }

    /** A name as compared: normalized, and lower-cased unless {@link GoldScorer#NAMES_CASE_SENSITIVE}. */
    static String nameKey(String name) {
        String key = NormalizedText.normalize(name);
        return GoldScorer.NAMES_CASE_SENSITIVE ? key : key.toLowerCase(Locale.ROOT);
    }

    /** The text value of {@code field}, or null when it is missing, null or not a string. */
    static String string(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    /** The elements of an array node; empty for anything else. */
    static List<JsonNode> elements(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(out::add);
        }
        return out;
    }

    private Evidence toEvidence(JsonNode item) {
        String source = string(item, "source");
        String text = string(item, "text");
        JsonNode start = item.get("start");
        JsonNode end = item.get("end");
        if (source == null || text == null || start == null || !start.canConvertToInt() || !start.isIntegralNumber()
                || end == null || !end.canConvertToInt() || !end.isIntegralNumber()) {
            return new Evidence(String.valueOf(source), -1, -1, String.valueOf(text), false);
        }
        int from = start.asInt();
        int to = end.asInt();
        NormalizedText sourceText = texts.get(source);
        boolean valid = sourceText != null && 0 <= from && from <= to && to <= sourceText.original().length()
                && sourceText.original().substring(from, to).equals(text);
        return new Evidence(source, from, to, text, valid);
    }
}
