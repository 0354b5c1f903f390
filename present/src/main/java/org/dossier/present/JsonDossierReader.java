package org.dossier.present;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.dossier.model.DroppedSpan;
import org.dossier.model.Evidence;
import org.dossier.model.Phase;
import org.dossier.model.Source;
import org.dossier.model.dossier.Agreement;
import org.dossier.model.dossier.ClaimItem;
import org.dossier.model.dossier.CodedEvent;
import org.dossier.model.dossier.Contradiction;
import org.dossier.model.dossier.Coverage;
import org.dossier.model.dossier.Dossier;
import org.dossier.model.dossier.Entity;
import org.dossier.model.dossier.EventInfo;
import org.dossier.model.dossier.FigureItem;
import org.dossier.model.dossier.QuoteItem;
import org.dossier.model.dossier.ScorecardRow;
import org.dossier.model.dossier.TimelineItem;
import org.dossier.model.fact.Certainty;
import org.dossier.model.fact.ClaimKind;

/**
 * Reads a {@code dossier.json} back into a {@link Dossier}, the inverse of {@link JsonDossierWriter}.
 * Missing lists read as empty and missing scalars as null; a wrong type or a bad evidence span throws a
 * {@link DossierFormatException} naming where. Fields the contract does not know are ignored. Thread-safe.
 */
public final class JsonDossierReader {

    private final ObjectMapper mapper = new ObjectMapper();

    /** The dossier in {@code json}. */
    public Dossier read(String json) {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new DossierFormatException("", "not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new DossierFormatException("", "expected a JSON object");
        }
        return new Dossier(
                string(root, "schema", ""),
                string(root, "generated", ""),
                event(root.path("event"), "/event"),
                list(root, "sources", "", this::source),
                list(root, "entities", "", this::entity),
                list(root, "quotes", "", this::quote),
                list(root, "figures", "", this::figure),
                list(root, "timeline", "", this::timeline),
                list(root, "claims", "", this::claim),
                list(root, "scorecard", "", this::scorecard),
                list(root, "contradictions", "", this::contradiction),
                list(root, "agreements", "", this::agreement),
                coverage(root.path("coverage"), "/coverage"),
                list(root, "summary", "", this::evidence),
                list(root, "events", "", this::codedEvent));
    }

    private EventInfo event(JsonNode n, String at) {
        return new EventInfo(string(n, "title", at), string(n, "start", at), string(n, "end", at), strings(n, "participants", at));
    }

    private Source source(JsonNode n, String at) {
        return new Source(string(n, "id", at), string(n, "uri", at), string(n, "title", at), string(n, "outlet", at),
                string(n, "author", at), string(n, "published", at), n.path("publishedInferred").asBoolean(false),
                string(n, "language", at), constant(Phase.class, n, "phase", at), string(n, "text", at),
                list(n, "dropped", at, (d, p) -> new DroppedSpan(integer(d, "start", p), integer(d, "end", p), string(d, "reason", p))),
                strings(n, "warnings", at), n.path("duplicateOf").isTextual() ? n.path("duplicateOf").asText() : null);
    }

    private Entity entity(JsonNode n, String at) {
        return new Entity(string(n, "id", at), string(n, "name", at), string(n, "type", at), strings(n, "aliases", at),
                strings(n, "roles", at), list(n, "mentions", at, this::evidence));
    }

    private QuoteItem quote(JsonNode n, String at) {
        return new QuoteItem(string(n, "id", at), evidence(n.path("evidence"), at + "/evidence"), string(n, "speaker", at),
                string(n, "speakerText", at), string(n, "cue", at));
    }

    private FigureItem figure(JsonNode n, String at) {
        JsonNode value = n.path("value");
        double low;
        double high;
        if (value.isArray() && value.size() == 2 && value.get(0).isNumber() && value.get(1).isNumber()) {
            low = value.get(0).doubleValue();
            high = value.get(1).doubleValue();
        } else if (value.isNumber()) {
            low = value.doubleValue();
            high = low;
        } else {
            throw new DossierFormatException(at + "/value", "expected a number or [low, high], got " + value);
        }
        return new FigureItem(string(n, "id", at), evidence(n.path("evidence"), at + "/evidence"), low, high,
                string(n, "unit", at), string(n, "subject", at), strings(n, "about", at), string(n, "time", at));
    }

    private TimelineItem timeline(JsonNode n, String at) {
        return new TimelineItem(string(n, "id", at), string(n, "date", at), string(n, "what", at),
                list(n, "evidence", at, this::evidence), constant(Certainty.class, n, "certainty", at));
    }

    private ClaimItem claim(JsonNode n, String at) {
        return new ClaimItem(string(n, "id", at), constant(ClaimKind.class, n, "kind", at), string(n, "topic", at),
                strings(n, "actors", at), evidence(n.path("evidence"), at + "/evidence"));
    }

    private ScorecardRow scorecard(JsonNode n, String at) {
        return new ScorecardRow(strings(n, "expectation", at), strings(n, "outcome", at), string(n, "status", at), string(n, "why", at));
    }

    private Contradiction contradiction(JsonNode n, String at) {
        return new Contradiction(string(n, "about", at), string(n, "kind", at), list(n, "items", at, this::evidence));
    }

    private Agreement agreement(JsonNode n, String at) {
        return new Agreement(string(n, "about", at), list(n, "items", at, this::evidence));
    }

    private Coverage coverage(JsonNode n, String at) {
        Map<String, Map<String, Integer>> bySource = new LinkedHashMap<>();
        n.path("bySource").fields().forEachRemaining(source -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            source.getValue().fields().forEachRemaining(topic -> counts.put(topic.getKey(),
                    integer(source.getValue(), topic.getKey(), at + "/bySource/" + source.getKey())));
            bySource.put(source.getKey(), counts);
        });
        Map<String, List<String>> uniqueFacts = new LinkedHashMap<>();
        n.path("uniqueFacts").fields().forEachRemaining(source ->
                uniqueFacts.put(source.getKey(), strings(n.path("uniqueFacts"), source.getKey(), at + "/uniqueFacts")));
        return new Coverage(strings(n, "topics", at), bySource, uniqueFacts);
    }

    private CodedEvent codedEvent(JsonNode n, String at) {
        return new CodedEvent(string(n, "code", at), string(n, "mode", at), constant(Certainty.class, n, "certainty", at),
                strings(n, "actor", at), strings(n, "target", at), string(n, "date", at),
                list(n, "evidence", at, this::evidence));
    }

    private Evidence evidence(JsonNode n, String at) {
        if (n.isMissingNode() || n.isNull()) {
            return null;
        }
        if (!n.isObject()) {
            throw new DossierFormatException(at, "expected an evidence object, got " + n);
        }
        String source = string(n, "source", at);
        String text = string(n, "text", at);
        if (source == null || text == null) {
            throw new DossierFormatException(at, "evidence needs source and text");
        }
        try {
            return new Evidence(source, integer(n, "start", at), integer(n, "end", at), text, n.path("resolved").asBoolean(false));
        } catch (IllegalArgumentException e) {
            throw new DossierFormatException(at, e.getMessage());
        }
    }

    private static String string(JsonNode n, String field, String at) {
        JsonNode v = n.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new DossierFormatException(at + "/" + field, "expected a string, got " + v);
        }
        return v.textValue();
    }

    private static int integer(JsonNode n, String field, String at) {
        JsonNode v = n.path(field);
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new DossierFormatException(at + "/" + field, "expected an integer, got " + v);
        }
        return v.intValue();
    }

    private static <E extends Enum<E>> E constant(Class<E> type, JsonNode n, String field, String at) {
        String s = string(n, field, at);
        if (s == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DossierFormatException(at + "/" + field, "unknown " + type.getSimpleName() + " '" + s + "'");
        }
    }

    private static List<String> strings(JsonNode n, String field, String at) {
        return list(n, field, at, (v, p) -> {
            if (!v.isTextual()) {
                throw new DossierFormatException(p, "expected a string, got " + v);
            }
            return v.textValue();
        });
    }

    private static <T> List<T> list(JsonNode n, String field, String at, BiFunction<JsonNode, String, T> item) {
        JsonNode v = n.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new DossierFormatException(at + "/" + field, "expected an array, got " + v.getNodeType());
        }
        List<T> items = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            items.add(item.apply(v.get(i), at + "/" + field + "/" + i));
        }
        return items;
    }
}
