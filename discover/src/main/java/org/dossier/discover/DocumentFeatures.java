package org.dossier.discover;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * What event discovery knows of one document: its key terms, the names it mentions and the dates it gives, each with a
 * count, and optionally a sentence embedding of its lead. A pure function of the document, so it can be computed anywhere
 * and stored; the maps are sorted and unmodifiable.
 *
 * @param date the document's own date (ISO day, possibly inferred from its text), or null
 * @param title the headline, or null
 * @param terms stemmed content words (lowercase) and their counts
 * @param entities entity keys ({@code person:lohan}, {@code place:los angeles}) and their counts
 * @param labels for each entity key, the surface form to show (the longest name seen for it)
 * @param dates ISO dates the text gives, at their precision ({@code 2008}, {@code 2008-09}, {@code 2008-09-08}), and counts
 * @param lead the unit-length embedding of the headline and opening sentences ({@link LeadText}), or null when none was made
 */
public record DocumentFeatures(String sourceId, String date, String title, Map<String, Integer> terms,
        Map<String, Integer> entities, Map<String, String> labels, Map<String, Integer> dates, float[] lead)
        implements Serializable {

    private static final long serialVersionUID = 2L;

    public DocumentFeatures {
        if (sourceId == null || sourceId.isEmpty()) {
            throw new IllegalArgumentException("sourceId is empty");
        }
        terms = sorted(terms);
        entities = sorted(entities);
        labels = sorted(labels);
        dates = sorted(dates);
        lead = lead == null || lead.length == 0 ? null : lead.clone();
    }

    /** Features without a lead embedding. */
    public DocumentFeatures(String sourceId, String date, String title, Map<String, Integer> terms,
            Map<String, Integer> entities, Map<String, String> labels, Map<String, Integer> dates) {
        this(sourceId, date, title, terms, entities, labels, dates, null);
    }

    /** These features with the given lead embedding. */
    public DocumentFeatures withLead(float[] embedding) {
        return new DocumentFeatures(sourceId, date, title, terms, entities, labels, dates, embedding);
    }

    @Override
    public float[] lead() {
        return lead == null ? null : lead.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DocumentFeatures f && sourceId.equals(f.sourceId) && java.util.Objects.equals(date, f.date)
                && java.util.Objects.equals(title, f.title) && terms.equals(f.terms) && entities.equals(f.entities)
                && labels.equals(f.labels) && dates.equals(f.dates) && Arrays.equals(lead, f.lead);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(sourceId, date, title, terms, entities, labels, dates) * 31 + Arrays.hashCode(lead);
    }

    @Override
    public String toString() {
        return "DocumentFeatures[" + sourceId + ", " + terms.size() + " terms, " + entities.size() + " entities, "
                + dates.size() + " dates" + (lead == null ? "" : ", lead") + "]";
    }

    private static <V> Map<String, V> sorted(Map<String, V> m) {
        return java.util.Collections.unmodifiableSortedMap(new TreeMap<>(m));
    }
}
