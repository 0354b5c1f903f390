package org.dossier.discover;

import java.io.Serializable;
import java.util.List;

/**
 * One event found in a stream: the articles reporting it. Fields other than {@code id} and {@code sources} may be null
 * or empty when the articles do not say.
 *
 * @param id stable across incremental runs: made from the lowest source id when the event is first found
 * @param title the headline of the article most central to the event
 * @param sources the source ids, sorted
 * @param start the earliest date of its articles (ISO day), or null
 * @param end the latest date of its articles, or null
 * @param entities the names most of its articles mention, most widely mentioned first
 */
public record DiscoveredEvent(String id, String title, List<String> sources, String start, String end, List<String> entities)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public DiscoveredEvent {
        sources = List.copyOf(sources);
        entities = List.copyOf(entities);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("event " + id + " has no sources");
        }
    }

    public int size() {
        return sources.size();
    }
}
