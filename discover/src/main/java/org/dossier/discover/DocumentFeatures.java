package org.dossier.discover;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * What event discovery knows of one document: its key terms, the names it mentions and the dates it gives, each with a
 * count. A pure function of the document, so it can be computed anywhere and stored; the maps are sorted and unmodifiable.
 *
 * @param date the document's own date (ISO day, possibly inferred from its text), or null
 * @param title the headline, or null
 * @param terms stemmed content words (lowercase) and their counts
 * @param entities entity keys ({@code person:lohan}, {@code place:los angeles}) and their counts
 * @param labels for each entity key, the surface form to show (the longest name seen for it)
 * @param dates ISO dates the text gives, at their precision ({@code 2008}, {@code 2008-09}, {@code 2008-09-08}), and counts
 */
public record DocumentFeatures(String sourceId, String date, String title, Map<String, Integer> terms,
        Map<String, Integer> entities, Map<String, String> labels, Map<String, Integer> dates) implements Serializable {

    private static final long serialVersionUID = 1L;

    public DocumentFeatures {
        if (sourceId == null || sourceId.isEmpty()) {
            throw new IllegalArgumentException("sourceId is empty");
        }
        terms = sorted(terms);
        entities = sorted(entities);
        labels = sorted(labels);
        dates = sorted(dates);
    }

    private static <V> Map<String, V> sorted(Map<String, V> m) {
        return java.util.Collections.unmodifiableSortedMap(new TreeMap<>(m));
    }
}
