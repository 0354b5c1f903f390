package org.dossier.spark;

import java.util.List;

/**
 * What a facts job produced.
 *
 * @param documents how many articles have a row in the facts table
 * @param rejected the inputs that produced none, sorted by id
 */
public record FactsResult(long documents, List<Rejection> rejected) {

    public FactsResult {
        rejected = List.copyOf(rejected);
    }
}
