package org.dossier.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.dossier.extract.event.Actor;
import org.dossier.extract.event.PloverEvent;

/**
 * PLOVER records: reads a JSON array of records with {@code id} and {@code text} (as in the PLOVER gold standard records; records
 * without text, such as the DOCUMENT header, are skipped) and writes one JSON line per record:
 * {@code {"id","event","mode","certainty","date","eventText","source":[{actorText,code,sector}],"target":[...]}};
 * {@code event} is null when no event was coded.
 */
public final class PloverFormat {

    /** One input record. */
    public record Record(String id, String text) {
    }

    private final ObjectMapper json = new ObjectMapper();

    /** The records of a JSON array that have a text; an id is made up from the position when missing. */
    public List<Record> read(String content) throws IOException {
        JsonNode root = json.readTree(content);
        if (root == null || !root.isArray()) {
            throw new IOException("expected a JSON array of records");
        }
        List<Record> out = new ArrayList<>();
        int n = 0;
        for (JsonNode r : root) {
            n++;
            JsonNode text = r.get("text");
            if (text == null || !text.isTextual() || text.asText().isBlank()) {
                continue;
            }
            JsonNode id = r.get("id");
            out.add(new Record(id != null && id.isTextual() ? id.asText() : "record-" + n, text.asText()));
        }
        return out;
    }

    /** The output line for a record; {@code event} and {@code date} may be null. */
    public String line(String id, PloverEvent event, String date) {
        ObjectNode o = json.createObjectNode();
        o.put("id", id);
        o.put("event", event == null ? null : event.category().name());
        o.put("mode", event == null || event.category() != event.deed() ? null : event.mode());
        o.put("certainty", event == null ? null : event.certainty().json());
        o.put("date", date);
        o.put("eventText", event == null ? null : event.cue());
        o.set("source", actors(event == null ? List.of() : event.sources()));
        o.set("target", actors(event == null ? List.of() : event.targets()));
        return o.toString();
    }

    private ArrayNode actors(List<Actor> actors) {
        ArrayNode a = json.createArrayNode();
        for (Actor x : actors) {
            ObjectNode o = a.addObject();
            o.put("actorText", x.text());
            o.put("code", x.code());
            o.put("sector", x.sector());
        }
        return a;
    }
}
