package org.dossier.discover.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.discover.DiscoveredEvent;
import org.dossier.discover.MovedArticle;

/**
 * {@code events.json}: {@code {"events": [{"id", "title", "sources", "start", "end", "entities", "size"}]}}; unknown
 * values are null. An event that an incremental run moved earlier articles into also has
 * {@code "moved": [{"source", "from"}]}: each such article and the id of the event it was in before this run.
 */
public final class EventsJson {

    public static final String FILE_NAME = "events.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EventsJson() {
    }

    public static String render(List<DiscoveredEvent> events) {
        return render(events, List.of());
    }

    /** The events, with the articles this run moved between them listed under the event they moved to. */
    public static String render(List<DiscoveredEvent> events, List<MovedArticle> moved) {
        Map<String, List<MovedArticle>> movedTo = new HashMap<>();
        moved.forEach(m -> movedTo.computeIfAbsent(m.to(), k -> new ArrayList<>()).add(m));
        ObjectNode root = JSON.createObjectNode();
        ArrayNode array = root.putArray("events");
        for (DiscoveredEvent e : events) {
            ObjectNode o = array.addObject();
            o.put("id", e.id());
            o.put("title", e.title());
            e.sources().forEach(o.putArray("sources")::add);
            o.put("start", e.start());
            o.put("end", e.end());
            e.entities().forEach(o.putArray("entities")::add);
            o.put("size", e.size());
            if (movedTo.containsKey(e.id())) {
                ArrayNode m = o.putArray("moved");
                movedTo.get(e.id()).forEach(x -> m.addObject().put("source", x.source()).put("from", x.from()));
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses {@link #render}'s output (the {@code moved} lists are left out: they describe one run). */
    public static List<DiscoveredEvent> parse(String json) throws DiscoverFormatException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new DiscoverFormatException("not JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.path("events").isArray()) {
            throw new DiscoverFormatException("expected an object with an \"events\" array");
        }
        List<DiscoveredEvent> out = new ArrayList<>();
        for (JsonNode e : root.get("events")) {
            if (!e.path("id").isTextual() || !e.path("sources").isArray() || e.get("sources").isEmpty()) {
                throw new DiscoverFormatException("event " + (out.size() + 1) + ": needs an id and sources");
            }
            List<String> sources = new ArrayList<>();
            e.get("sources").forEach(s -> sources.add(s.asText()));
            List<String> entities = new ArrayList<>();
            e.path("entities").forEach(s -> entities.add(s.asText()));
            out.add(new DiscoveredEvent(e.get("id").asText(), text(e, "title"), sources, text(e, "start"), text(e, "end"), entities));
        }
        return out;
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
