package org.dossier.discover;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.discover.cluster.DocumentVector;
import org.dossier.discover.cluster.EventClusterer;
import org.dossier.discover.cluster.FeatureStatistics;
import org.dossier.discover.cluster.IncrementalPlacement;
import org.dossier.discover.cluster.Vectorizer;

/**
 * Groups documents into events from their features: TF-IDF statistics over all documents, then {@link EventClusterer}
 * (blocking, pair similarity, local scales, average link). Every document ends in exactly one event; a document like no
 * other is an event of one. Incremental runs keep every existing event (and id) and place documents where a batch run
 * would.
 */
public final class EventDiscoverer {

    private final EventClusterer clusterer;

    public EventDiscoverer(DiscoverConfig config) {
        this.clusterer = new EventClusterer(config);
    }

    /** The events of {@code documents}, clustered from scratch. */
    public List<DiscoveredEvent> discover(List<DocumentFeatures> documents) {
        return extend(List.of(), List.of(), documents);
    }

    /**
     * Adds documents to known events: all documents are clustered as in a batch run (local scales from all candidate
     * pairs, old and new), and each existing event keeps its id and its documents in its home cluster (the cluster holding
     * most of them). Documents the clustering puts elsewhere, new ones and old ones alike, join the existing event at home
     * in their cluster or, when there is none, a new event with the cluster's other such documents
     * ({@link org.dossier.discover.cluster.IncrementalPlacement}). So an earlier run's mistakes are corrected where the
     * clustering of all documents disagrees with them ({@link MovedArticle#between} lists the moves). No existing event
     * disappears or merges with another; its id stays, even when the document it was named after moves.
     *
     * @param events the existing events
     * @param known the features of every document of {@code events}
     * @param added the new documents (source ids not among the known ones)
     */
    public List<DiscoveredEvent> extend(List<DiscoveredEvent> events, List<DocumentFeatures> known, List<DocumentFeatures> added) {
        List<DocumentFeatures> old = sorted(known);
        List<DocumentFeatures> fresh = sorted(added);
        Map<String, Integer> eventOf = new HashMap<>();
        for (int e = 0; e < events.size(); e++) {
            for (String s : events.get(e).sources()) {
                eventOf.put(s, e);
            }
        }
        Set<String> knownIds = new HashSet<>();
        for (DocumentFeatures f : old) {
            if (!eventOf.containsKey(f.sourceId())) {
                throw new IllegalArgumentException("known document " + f.sourceId() + " is in no event");
            }
            knownIds.add(f.sourceId());
        }
        for (DocumentFeatures f : fresh) {
            if (!knownIds.add(f.sourceId())) {
                throw new IllegalArgumentException("document " + f.sourceId() + " is already known or given twice");
            }
        }
        List<DocumentFeatures> all = new ArrayList<>(old);
        all.addAll(fresh);
        if (all.isEmpty()) {
            return List.of();
        }
        Vectorizer vectorizer = new Vectorizer(FeatureStatistics.of(all));
        List<DocumentVector> vectors = all.stream().map(vectorizer::vector).toList();
        int[] fixed = new int[all.size()];
        for (int i = 0; i < all.size(); i++) {
            fixed[i] = i < old.size() ? eventOf.get(all.get(i).sourceId()) : -1;
        }
        IncrementalPlacement.Placement placement = clusterer.cluster(vectors, fixed);
        int[] group = placement.group();

        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < group.length; i++) {
            members.computeIfAbsent(group[i], g -> new ArrayList<>()).add(i);
        }
        Set<String> usedIds = new HashSet<>();
        events.forEach(e -> usedIds.add(e.id()));
        List<DiscoveredEvent> out = new ArrayList<>();
        for (List<Integer> m : members.values()) {
            // an event lives on in the group holding the documents it keeps (at most one group does)
            int kept = m.stream().filter(i -> i < old.size() && !placement.moved()[i]).findFirst().orElse(-1);
            String id = kept >= 0 ? events.get(eventOf.get(all.get(kept).sourceId())).id()
                    : EventIds.newId(all.get(m.get(0)).sourceId(), usedIds);
            usedIds.add(id);
            out.add(EventSummaries.summarize(id, m.stream().map(all::get).toList(), m.stream().map(vectors::get).toList()));
        }
        out.sort(Comparator.comparing((DiscoveredEvent e) -> e.sources().get(0)));
        return out;
    }

    private static List<DocumentFeatures> sorted(List<DocumentFeatures> docs) {
        return docs.stream().sorted(Comparator.comparing(DocumentFeatures::sourceId)).toList();
    }
}
