package org.dossier.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** Builds small dossier trees for tests, computing evidence offsets from the source texts. */
final class TestDossier {
    static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode root = JSON.createObjectNode();
    private final Map<String, String> texts = new HashMap<>();

    /** Parses inline JSON (text blocks). */
    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    TestDossier source(String id, String text) {
        texts.put(id, text);
        array("sources").addObject().put("id", id).put("text", text);
        return this;
    }

    ObjectNode lastSource() {
        return (ObjectNode) root.withArrayProperty("sources").get(root.withArrayProperty("sources").size() - 1);
    }

    TestDossier entity(String id, String name, String... aliases) {
        ObjectNode entity = array("entities").addObject().put("id", id).put("name", name);
        ArrayNode list = entity.putArray("aliases");
        for (String alias : aliases) {
            list.add(alias);
        }
        return this;
    }

    TestDossier quote(String id, String source, String span, String speaker) {
        array("quotes").addObject().put("id", id).put("speaker", speaker).set("evidence", evidence(source, span));
        return this;
    }

    TestDossier figure(String id, String source, String span, JsonNode value, String unit) {
        ObjectNode figure = array("figures").addObject().put("id", id);
        figure.set("evidence", evidence(source, span));
        figure.set("value", value);
        figure.put("unit", unit);
        return this;
    }

    TestDossier timeline(String date, String source, String span) {
        array("timeline").addObject().put("date", date).putArray("evidence").add(evidence(source, span));
        return this;
    }

    TestDossier claim(String id, String source, String span) {
        array("claims").addObject().put("id", id).putArray("evidence").add(evidence(source, span));
        return this;
    }

    TestDossier scorecard(String expectation, String outcome, String status) {
        ObjectNode row = array("scorecard").addObject();
        row.putArray("expectation").add(expectation);
        ArrayNode out = row.putArray("outcome");
        if (outcome != null) {
            out.add(outcome);
        }
        row.put("status", status);
        return this;
    }

    TestDossier contradiction(String kind, ObjectNode... items) {
        ObjectNode item = array("contradictions").addObject().put("about", "test").put("kind", kind);
        ArrayNode list = item.putArray("items");
        for (ObjectNode evidence : items) {
            list.add(evidence);
        }
        return this;
    }

    TestDossier agreement(ObjectNode... items) {
        ArrayNode list = array("agreements").addObject().put("about", "test").putArray("items");
        for (ObjectNode evidence : items) {
            list.add(evidence);
        }
        return this;
    }

    /** Evidence for the first occurrence of {@code span} in the text of {@code source}. */
    ObjectNode evidence(String source, String span) {
        int start = texts.get(source).indexOf(span);
        if (start < 0) {
            throw new IllegalArgumentException("\"" + span + "\" not in " + source);
        }
        return JSON.createObjectNode().put("source", source).put("start", start).put("end", start + span.length())
                .put("text", span);
    }

    JsonNode build() {
        return root.deepCopy();
    }

    private ArrayNode array(String name) {
        return root.withArrayProperty(name);
    }
}
