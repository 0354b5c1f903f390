package org.dossier.build;

import java.util.List;
import org.dossier.discover.DiscoveredEvent;
import org.dossier.discover.MovedArticle;

/**
 * What a discovery run produced.
 *
 * @param events every event of the output, old and new
 * @param added how many articles this run added
 * @param dossiers the ids of the events whose dossier was (re)written
 * @param annotated documents that needed NLP; {@code fromCache} those read from the annotation cache; both -1 when the
 *     engine does not count them (a cluster engine annotates in its executors)
 * @param skipped ids of inputs that were not added
 * @param moved earlier articles this run moved to another event (incremental runs only)
 */
public record DiscoverResult(List<DiscoveredEvent> events, int added, List<String> dossiers, int annotated, int fromCache,
        List<String> skipped, List<MovedArticle> moved) {

    public DiscoverResult {
        moved = List.copyOf(moved);
    }

    /** A result that moved no earlier article. */
    public DiscoverResult(List<DiscoveredEvent> events, int added, List<String> dossiers, int annotated, int fromCache,
            List<String> skipped) {
        this(events, added, dossiers, annotated, fromCache, skipped, List.of());
    }
}
