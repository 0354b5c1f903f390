package org.dossier.present.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.model.DroppedSpan;
import org.dossier.model.Evidence;
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

/**
 * Maps a {@link Dossier} to the JSON tree of {@code dossier.json}, field by field in contract order.
 * Null lists are written as empty lists, a null event or coverage as an object of nulls and empty collections,
 * and null scalars as JSON null with the key kept.
 */
public final class DossierTree {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DossierTree() {
    }

    /** The whole dossier as a JSON object. */
    public static ObjectNode of(Dossier d) {
        ObjectNode root = NODES.objectNode();
        root.put("schema", d.schema() != null ? d.schema() : Dossier.SCHEMA);
        root.put("generated", d.generated());
        root.set("event", event(d.event()));
        root.set("sources", array(d.sources(), DossierTree::source));
        root.set("entities", array(d.entities(), DossierTree::entity));
        root.set("quotes", array(d.quotes(), DossierTree::quote));
        root.set("figures", array(d.figures(), DossierTree::figure));
        root.set("timeline", array(d.timeline(), DossierTree::timeline));
        root.set("claims", array(d.claims(), DossierTree::claim));
        root.set("scorecard", array(d.scorecard(), DossierTree::scorecard));
        root.set("contradictions", array(d.contradictions(), DossierTree::contradiction));
        root.set("agreements", array(d.agreements(), DossierTree::agreement));
        root.set("coverage", coverage(d.coverage(), Lists.of(d.sources()).stream().map(Source::id).toList()));
        root.set("summary", array(d.summary(), DossierTree::evidence));
        root.set("events", array(d.events(), DossierTree::codedEvent));
        return root;
    }

    /** One evidence object: source, start, end, text, and {@code resolved: true} only when resolved. */
    public static ObjectNode evidence(Evidence e) {
        if (e == null) {
            return null;
        }
        ObjectNode o = NODES.objectNode();
        o.put("source", e.source());
        o.put("start", e.start());
        o.put("end", e.end());
        o.put("text", e.text());
        if (e.resolved()) {
            o.put("resolved", true);
        }
        return o;
    }

    private static ObjectNode event(EventInfo e) {
        ObjectNode o = NODES.objectNode();
        o.put("title", e == null ? null : e.title());
        o.put("start", e == null ? null : e.start());
        o.put("end", e == null ? null : e.end());
        o.set("participants", strings(e == null ? null : e.participants()));
        return o;
    }

    private static ObjectNode source(Source s) {
        ObjectNode o = NODES.objectNode();
        o.put("id", s.id());
        o.put("uri", s.uri());
        o.put("title", s.title());
        o.put("outlet", s.outlet());
        o.put("author", s.author());
        o.put("published", s.published());
        o.put("publishedInferred", s.publishedInferred());
        o.put("language", s.language());
        o.put("phase", s.phase() == null ? null : s.phase().json());
        o.put("text", s.text());
        o.set("dropped", array(s.dropped(), DossierTree::dropped));
        o.set("warnings", strings(s.warnings()));
        if (s.duplicateOf() != null) {
            o.put("duplicateOf", s.duplicateOf());
        }
        return o;
    }

    private static ObjectNode dropped(DroppedSpan d) {
        ObjectNode o = NODES.objectNode();
        o.put("start", d.start());
        o.put("end", d.end());
        o.put("reason", d.reason());
        return o;
    }

    private static ObjectNode entity(Entity e) {
        ObjectNode o = NODES.objectNode();
        o.put("id", e.id());
        o.put("name", e.name());
        o.put("type", e.type());
        o.set("aliases", strings(e.aliases()));
        o.set("roles", strings(e.roles()));
        o.set("mentions", array(e.mentions(), DossierTree::evidence));
        return o;
    }

    private static ObjectNode quote(QuoteItem q) {
        ObjectNode o = NODES.objectNode();
        o.put("id", q.id());
        o.set("evidence", evidence(q.evidence()));
        o.put("speaker", q.speaker());
        o.put("speakerText", q.speakerText());
        o.put("cue", q.cue());
        return o;
    }

    private static ObjectNode figure(FigureItem f) {
        ObjectNode o = NODES.objectNode();
        o.put("id", f.id());
        o.set("evidence", evidence(f.evidence()));
        if (f.isRange()) {
            ArrayNode range = o.putArray("value");
            range.add(number(f.low()));
            range.add(number(f.high()));
        } else {
            o.set("value", number(f.low()));
        }
        o.put("unit", f.unit());
        o.put("subject", f.subject());
        o.set("about", strings(f.about()));
        o.put("time", f.time());
        return o;
    }

    private static ObjectNode timeline(TimelineItem t) {
        ObjectNode o = NODES.objectNode();
        o.put("id", t.id());
        o.put("date", t.date());
        o.put("what", t.what());
        o.set("evidence", array(t.evidence(), DossierTree::evidence));
        o.put("certainty", t.certainty() == null ? null : t.certainty().json());
        return o;
    }

    private static ObjectNode claim(ClaimItem c) {
        ObjectNode o = NODES.objectNode();
        o.put("id", c.id());
        o.put("kind", c.kind() == null ? null : c.kind().json());
        o.put("topic", c.topic());
        o.set("actors", strings(c.actors()));
        o.set("evidence", evidence(c.evidence()));
        return o;
    }

    private static ObjectNode scorecard(ScorecardRow r) {
        ObjectNode o = NODES.objectNode();
        o.set("expectation", strings(r.expectation()));
        o.set("outcome", strings(r.outcome()));
        o.put("status", r.status());
        o.put("why", r.why());
        return o;
    }

    private static ObjectNode contradiction(Contradiction c) {
        ObjectNode o = NODES.objectNode();
        o.put("about", c.about());
        o.put("kind", c.kind());
        o.set("items", array(c.items(), DossierTree::evidence));
        return o;
    }

    private static ObjectNode agreement(Agreement a) {
        ObjectNode o = NODES.objectNode();
        o.put("about", a.about());
        o.set("items", array(a.items(), DossierTree::evidence));
        return o;
    }

    private static ObjectNode coverage(Coverage c, List<String> sourceOrder) {
        ObjectNode o = NODES.objectNode();
        List<String> topics = c == null ? List.of() : Lists.of(c.topics());
        o.set("topics", strings(topics));
        ObjectNode bySource = o.putObject("bySource");
        Map<String, Map<String, Integer>> counts = c == null || c.bySource() == null ? Map.of() : c.bySource();
        for (String source : KeyOrder.of(counts.keySet(), sourceOrder)) {
            ObjectNode perTopic = bySource.putObject(source);
            Map<String, Integer> topicCounts = counts.get(source) == null ? Map.of() : counts.get(source);
            for (String topic : KeyOrder.of(topicCounts.keySet(), topics)) {
                perTopic.put(topic, topicCounts.get(topic));
            }
        }
        ObjectNode unique = o.putObject("uniqueFacts");
        Map<String, List<String>> facts = c == null || c.uniqueFacts() == null ? Map.of() : c.uniqueFacts();
        for (String source : KeyOrder.of(facts.keySet(), sourceOrder)) {
            unique.set(source, strings(facts.get(source)));
        }
        return o;
    }

    private static ObjectNode codedEvent(CodedEvent e) {
        ObjectNode o = NODES.objectNode();
        o.put("code", e.code());
        o.put("mode", e.mode());
        o.put("certainty", e.certainty() == null ? null : e.certainty().json());
        o.set("actor", strings(e.actor()));
        o.set("target", strings(e.target()));
        o.put("date", e.date());
        o.set("evidence", array(e.evidence(), DossierTree::evidence));
        return o;
    }

    private static com.fasterxml.jackson.databind.JsonNode number(double value) {
        return Double.isFinite(value) ? NODES.numberNode(value) : NODES.nullNode();
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode a = NODES.arrayNode();
        Lists.of(values).forEach(a::add);
        return a;
    }

    private static <T> ArrayNode array(List<T> items, java.util.function.Function<T, ObjectNode> map) {
        ArrayNode a = NODES.arrayNode();
        for (T item : Lists.of(items)) {
            a.add(map.apply(item));
        }
        return a;
    }

    /** Keys in a stable order: those in {@code known} first, in its order, then the rest sorted. */
    static final class KeyOrder {
        private KeyOrder() {
        }

        static List<String> of(java.util.Set<String> keys, List<String> known) {
            java.util.Set<String> ordered = new java.util.LinkedHashSet<>();   // a set: one lookup per key, not a scan
            for (String k : known) {
                if (keys.contains(k)) {
                    ordered.add(k);
                }
            }
            keys.stream().filter(k -> !ordered.contains(k)).sorted().toList().forEach(ordered::add);
            return new ArrayList<>(ordered);
        }
    }
}
