package org.dossier.spark.discover;

import java.util.List;
import org.dossier.discover.DiscoveredEvent;
import org.dossier.spark.Rejection;

/**
 * What a discovery job on Spark produced.
 *
 * @param events every event, sorted by its first source id
 * @param documents how many articles went through the per-document stages
 * @param rejected the inputs that did not, sorted by id (also in {@code OUT/rejected.jsonl})
 * @param dossiers the ids of the events whose dossier was written, sorted
 * @param warnings one line per event whose dossier failed
 */
public record SparkDiscoveryResult(List<DiscoveredEvent> events, long documents, List<Rejection> rejected,
        List<String> dossiers, List<String> warnings) {

    public SparkDiscoveryResult {
        events = List.copyOf(events);
        rejected = List.copyOf(rejected);
        dossiers = List.copyOf(dossiers);
        warnings = List.copyOf(warnings);
    }
}
