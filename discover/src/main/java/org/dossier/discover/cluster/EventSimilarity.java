package org.dossier.discover.cluster;

import java.util.Set;
import org.dossier.discover.DiscoverConfig;

/**
 * Similarity of two documents as reports of one event: a weighted mean of the cosines of their key terms, named entities
 * and dates, lowered by {@link DiscoverConfig#dateConflictFactor()} when their dates conflict (both give years and
 * share none, or both give full dates and share none in a month they both name).
 */
public final class EventSimilarity implements PairScorer {

    private final DiscoverConfig config;

    public EventSimilarity(DiscoverConfig config) {
        this.config = config;
    }

    @Override
    public double score(DocumentVector a, DocumentVector b) {
        double sum = config.termWeight() + config.entityWeight() + config.dateWeight();
        double s = (config.termWeight() * DocumentVector.cosine(a.terms(), b.terms())
                + config.entityWeight() * DocumentVector.cosine(a.entities(), b.entities())
                + config.dateWeight() * DocumentVector.cosine(a.dates(), b.dates())) / sum;
        return conflict(a, b) ? s * config.dateConflictFactor() : s;
    }

    /** True when the two documents' dates say they are about different times. */
    static boolean conflict(DocumentVector a, DocumentVector b) {
        if (!a.years().isEmpty() && !b.years().isEmpty() && disjoint(a.years(), b.years())) {
            return true;
        }
        if (a.days().isEmpty() || b.days().isEmpty() || !disjoint(a.days(), b.days())) {
            return false;
        }
        for (String d : a.days()) {
            String month = d.substring(0, 7);
            if (b.days().stream().anyMatch(x -> x.startsWith(month))) {
                return true;
            }
        }
        return false;
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return false;
            }
        }
        return true;
    }
}
