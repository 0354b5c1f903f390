package org.dossier.build;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Source;

/**
 * Dates for sources that state none. Articles about one event are written close together, so an undated source gets
 * the median of the dates its corpus states, marked inferred. With no stated date anywhere, it stays null.
 */
public final class PublicationDates {

    public List<Source> inferMissing(List<Source> sources) {
        List<String> read = new ArrayList<>();
        for (Source s : sources) {
            if (s.published() != null && !s.publishedInferred() && s.published().length() >= 10) {
                read.add(s.published().substring(0, 10));
            }
        }
        if (read.isEmpty()) {
            return sources;
        }
        read.sort(null);
        String median = read.get((read.size() - 1) / 2);
        return sources.stream().map(s -> s.published() == null ? s.withPublished(median, true) : s).toList();
    }

    /** The date relative expressions in a source are resolved against: its (possibly inferred) publication day. */
    public static String referenceDate(Source s) {
        return s.published() != null && s.published().length() >= 10 ? s.published().substring(0, 10) : null;
    }
}
