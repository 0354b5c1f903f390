package org.dossier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.dossier.present.DossierSchema;

/** Reads a {@code dossier.json} and checks the contracts its schema alone cannot state. */
final class DossierJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DossierJson() {
    }

    static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every schema violation's message, sorted; empty when the dossier is valid. */
    static List<String> schemaErrors(JsonNode dossier) {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(DossierSchema.text());
        return schema.validate(dossier).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    /** The source ids, in dossier order. */
    static List<String> sourceIds(JsonNode dossier) {
        List<String> ids = new ArrayList<>();
        dossier.path("sources").forEach(s -> ids.add(s.path("id").asText()));
        return ids;
    }

    /** Every object anywhere in the tree that has {@code source}, {@code start}, {@code end} and {@code text}, by JSON pointer. */
    static Map<String, JsonNode> evidence(JsonNode dossier) {
        Map<String, JsonNode> found = new java.util.LinkedHashMap<>();
        collect(dossier, "", found);
        return found;
    }

    private static void collect(JsonNode node, String pointer, Map<String, JsonNode> found) {
        if (node.isObject()) {
            if (node.has("source") && node.has("start") && node.has("end") && node.has("text")) {
                found.put(pointer, node);
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                collect(field.getValue(), pointer + "/" + field.getKey(), found);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, found);
            }
        }
    }

    /**
     * One line per evidence object that does not slice its source's text exactly: unknown source, offsets out of range,
     * or {@code text} different from {@code sources[source].text[start:end]}.
     */
    static List<String> evidenceViolations(JsonNode dossier) {
        Map<String, String> texts = new HashMap<>();
        dossier.path("sources").forEach(s -> texts.put(s.path("id").asText(), s.path("text").asText()));
        List<String> violations = new ArrayList<>();
        evidence(dossier).forEach((pointer, e) -> {
            String id = e.path("source").asText();
            String text = texts.get(id);
            int start = e.path("start").asInt(-1);
            int end = e.path("end").asInt(-1);
            if (text == null) {
                violations.add(pointer + ": unknown source " + id);
            } else if (!e.path("start").isInt() || !e.path("end").isInt() || start < 0 || start > end || end > text.length()) {
                violations.add(pointer + ": offsets " + e.path("start") + ".." + e.path("end") + " outside " + id + " (length "
                        + text.length() + ")");
            } else if (!text.substring(start, end).equals(e.path("text").asText())) {
                violations.add(pointer + ": text " + e.path("text") + " but " + id + "[" + start + ":" + end + "] is \""
                        + text.substring(start, end) + "\"");
            }
        });
        return violations;
    }

    /** Whether a node is an evidence object (all four fields present). */
    static boolean isEvidence(JsonNode node) {
        return node != null && node.isObject() && node.hasNonNull("source") && node.has("start") && node.has("end")
                && node.has("text");
    }
}
