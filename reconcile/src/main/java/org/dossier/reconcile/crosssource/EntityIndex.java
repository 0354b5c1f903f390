package org.dossier.reconcile.crosssource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.model.Evidence;
import org.dossier.model.dossier.Entity;

/**
 * Which dossier entities a span mentions, and how much two sets of entities share, each entity weighted by how rare it is
 * across the given spans (the event's main actors, named in a tenth of the spans or more, count for nothing).
 */
final class EntityIndex {

    private record Mention(Evidence evidence, String entity) {
    }

    /** Entities named in at least this share of the spans carry no weight. */
    private static final double COMMON_SHARE = 0.1;

    private final Map<String, List<Mention>> bySource = new HashMap<>();
    private final Map<String, Double> weights = new HashMap<>();
    private final Set<String> people = new java.util.HashSet<>();

    EntityIndex(List<Entity> entities, Collection<Evidence> spans) {
        for (Entity e : entities) {
            if ("PERSON".equals(e.type())) {
                people.add(e.id());
            }
            for (Evidence m : e.mentions()) {
                bySource.computeIfAbsent(m.source(), k -> new ArrayList<>()).add(new Mention(m, e.id()));
            }
        }
        Map<String, Integer> df = new HashMap<>();
        for (Evidence span : spans) {
            within(span).forEach(id -> df.merge(id, 1, Integer::sum));
        }
        int n = Math.max(1, spans.size());
        // an entity named in a tenth of the spans or more (the event's main actors) weighs nothing
        df.forEach((id, count) -> weights.put(id, Math.max(0, Math.log((COMMON_SHARE * n + 0.5) / (count + 0.5)))));
    }

    /** Ids of the entities mentioned inside {@code span}, in order of first mention. */
    Set<String> within(Evidence span) {
        Set<String> out = new LinkedHashSet<>();
        List<Mention> mentions = bySource.getOrDefault(span.source(), List.of());
        mentions.stream().filter(m -> m.evidence().overlaps(span))
                .sorted((a, b) -> Integer.compare(a.evidence().start(), b.evidence().start()))
                .forEach(m -> out.add(m.entity()));
        return out;
    }

    /** Weighted Jaccard of two entity sets: 0 when they share nothing, 1 when equal. */
    double overlap(Set<String> a, Set<String> b) {
        double shared = 0;
        double union = 0;
        for (String id : a) {   // a's entities, then b's others: no set built per pair
            double w = weights.getOrDefault(id, 0.0);
            union += w;
            if (b.contains(id)) {
                shared += w;
            }
        }
        for (String id : b) {
            if (!a.contains(id)) {
                union += weights.getOrDefault(id, 0.0);
            }
        }
        return union == 0 ? 0 : shared / union;
    }

    /**
     * True when each set names a person the other does not: two sentences about different people (Abe's first visit,
     * Ishiba's) tell of different happenings however alike their words.
     */
    boolean namesOtherPeople(Set<String> a, Set<String> b) {
        return a.stream().anyMatch(id -> people.contains(id) && !b.contains(id))
                && b.stream().anyMatch(id -> people.contains(id) && !a.contains(id));
    }
}
