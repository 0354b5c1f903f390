package org.dossier.discover;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.discover.cluster.DocumentVector;

/**
 * What {@code events.json} says of an event: its central headline, date span and most widely named entities. A function
 * of the event's documents alone, so an engine can summarize each event where its documents are.
 */
public final class EventSummaries {

    /** How many entity names an event lists. */
    static final int TOP_ENTITIES = 5;

    private EventSummaries() {
    }

    /** @param docs the event's documents, sorted by source id, with their {@code vectors} in the same order */
    public static DiscoveredEvent summarize(String id, List<DocumentFeatures> docs, List<DocumentVector> vectors) {
        Map<String, Double> centroid = new HashMap<>();
        vectors.forEach(v -> v.terms().forEach((k, w) -> centroid.merge(k, w, Double::sum)));
        String title = null;
        double best = -1;
        for (int i = 0; i < docs.size(); i++) {
            if (docs.get(i).title() == null) {
                continue;
            }
            double dot = 0;
            for (Map.Entry<String, Double> e : vectors.get(i).terms().entrySet()) {
                dot += e.getValue() * centroid.getOrDefault(e.getKey(), 0.0);
            }
            if (dot > best) {
                best = dot;
                title = docs.get(i).title();
            }
        }
        String start = null;
        String end = null;
        for (DocumentFeatures d : docs) {
            if (d.date() != null) {
                start = start == null || d.date().compareTo(start) < 0 ? d.date() : start;
                end = end == null || d.date().compareTo(end) > 0 ? d.date() : end;
            }
        }
        Map<String, Integer> documents = new HashMap<>();
        Map<String, Integer> mentions = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        for (DocumentFeatures d : docs) {
            d.entities().forEach((k, n) -> {
                documents.merge(k, 1, Integer::sum);
                mentions.merge(k, n, Integer::sum);
            });
            d.labels().forEach((k, l) -> labels.merge(k, l, (a, b) -> b.length() > a.length() ? b : a));
        }
        List<String> keys = new ArrayList<>(documents.keySet());
        keys.sort(Comparator.comparing((String k) -> -documents.get(k)).thenComparing(k -> -mentions.get(k))
                .thenComparing(Comparator.naturalOrder()));
        List<String> entities = keys.stream().limit(TOP_ENTITIES).map(labels::get).toList();
        return new DiscoveredEvent(id, title, docs.stream().map(DocumentFeatures::sourceId).sorted().toList(), start, end, entities);
    }
}
