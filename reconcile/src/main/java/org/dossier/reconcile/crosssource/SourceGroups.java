package org.dossier.reconcile.crosssource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.Source;

/**
 * Maps each source id to the source its near-duplicate group counts as ({@link Source#duplicateOf()}, followed to its
 * end), so that a wire copy and its original count as one source when sources agree. A source that repeats none is
 * its own group; an unknown id is its own group too.
 */
final class SourceGroups {

    private final Map<String, String> original = new HashMap<>();

    private SourceGroups(List<Source> sources) {
        Map<String, String> next = new HashMap<>();
        sources.forEach(s -> next.put(s.id(), s.duplicateOf()));
        for (Source s : sources) {
            String id = s.id();
            for (int hops = 0; next.get(id) != null && next.containsKey(next.get(id)) && hops < sources.size(); hops++) {
                id = next.get(id);
            }
            original.put(s.id(), id);
        }
    }

    static SourceGroups of(List<Source> sources) {
        return new SourceGroups(sources);
    }

    /** The id of the source the group of {@code sourceId} counts as. */
    String of(String sourceId) {
        return original.getOrDefault(sourceId, sourceId);
    }
}
