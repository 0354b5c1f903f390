package org.dossier.web.search;

import java.util.List;

/** The answer to a search: the hits best first, and how long the search took in milliseconds. */
public record SearchResult(String query, SearchMode mode, List<SearchHit> hits, double tookMs) {

    public SearchResult {
        hits = List.copyOf(hits);
    }
}
