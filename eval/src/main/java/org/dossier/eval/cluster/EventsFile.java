package org.dossier.eval.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.dossier.eval.EvalException;

/**
 * Reads a grouping of documents into events, {@code {"events": [{"id": …, "sources": [source ids]}]}}: the shape of
 * {@code dossier discover}'s {@code events.json} and of gold event files. A source in two events is an error.
 */
public final class EventsFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventsFile() {
    }

    /** Each source id's event id. */
    public static Map<String, String> read(Path file) throws EvalException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new EvalException(file, "cannot read events (" + why + ")", e);
        }
        if (root == null || !root.path("events").isArray()) {
            throw new EvalException(file, "expected a JSON object with an \"events\" array", null);
        }
        Map<String, String> eventOf = new HashMap<>();
        int n = 0;
        for (JsonNode event : root.get("events")) {
            n++;
            if (!event.path("id").isTextual() || !event.path("sources").isArray()) {
                throw new EvalException(file, "event " + n + ": expected an \"id\" string and a \"sources\" array", null);
            }
            String id = event.get("id").asText();
            for (JsonNode s : event.get("sources")) {
                String previous = eventOf.put(s.asText(), id);
                if (previous != null) {
                    throw new EvalException(file, "source " + s.asText() + " is in two events (" + previous + " and " + id + ")", null);
                }
            }
        }
        return eventOf;
    }

    /** B-cubed of the system events against the gold events. */
    public static BCubedScore score(Path gold, Path system) throws EvalException {
        Map<String, String> g = read(gold);
        if (g.isEmpty()) {
            throw new EvalException(gold, "no sources in the gold events", null);
        }
        return BCubed.score(g, read(system));
    }
}
