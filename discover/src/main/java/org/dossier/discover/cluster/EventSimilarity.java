package org.dossier.discover.cluster;

import org.dossier.discover.DiscoverConfig;

/**
 * Similarity of two documents as reports of one event: a weighted mean of the cosines of their key terms, named entities
 * and dates and of the similarity of their lead embeddings (when both have one; rescaled above
 * {@link DiscoverConfig#leadFloor()}), lowered by {@link DiscoverConfig#dateConflictFactor()} when their days conflict (both give full dates and
 * none is within a few days of the other's), and by
 * {@link DiscoverConfig#participantConflictFactor()} when their central people differ.
 */
public final class EventSimilarity implements PairScorer {

    /** Days apart that still count as the same time: reports of one event give dates a few days apart. */
    static final int SAME_TIME_DAYS = 3;

    private final DiscoverConfig config;

    public EventSimilarity(DiscoverConfig config) {
        this.config = config;
    }

    @Override
    public double score(DocumentVector a, DocumentVector b) {
        double sum = config.termWeight() + config.entityWeight() + config.dateWeight();
        double s = config.termWeight() * DocumentVector.cosine(a.terms(), b.terms())
                + config.entityWeight() * DocumentVector.cosine(a.entities(), b.entities())
                + config.dateWeight() * DocumentVector.cosine(a.dates(), b.dates());
        double lead = config.leadWeight() > 0 ? DocumentVector.leadCosine(a, b) : Double.NaN;
        if (!Double.isNaN(lead)) {
            s += config.leadWeight() * Math.max(0, (lead - config.leadFloor()) / (1 - config.leadFloor()));
            sum += config.leadWeight();
        }
        s /= sum;
        if (conflict(a, b)) {
            s *= config.dateConflictFactor();
        }
        return otherParticipants(a, b) ? s * config.participantConflictFactor() : s;
    }

    /**
     * True when the two documents are about different people: each has a central person (its most mentioned, at least
     * twice), they differ, and neither document mentions the other's central person more than once.
     */
    static boolean otherParticipants(DocumentVector a, DocumentVector b) {
        if (a.central().isEmpty() || b.central().isEmpty()) {
            return false;
        }
        for (String p : a.central()) {
            if (b.persons().getOrDefault(p, 0) > 1) {
                return false;
            }
        }
        for (String p : b.central()) {
            if (a.persons().getOrDefault(p, 0) > 1) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the two documents' days say they are about different times: both give full dates (or have one of their
     * own) and no day of one is within {@value #SAME_TIME_DAYS} days of a day of the other.
     */
    static boolean conflict(DocumentVector a, DocumentVector b) {
        if (a.days().isEmpty() || b.days().isEmpty()) {
            return false;
        }
        for (String x : a.days()) {
            long dx = epochDay(x);
            for (String y : b.days()) {
                if (Math.abs(dx - epochDay(y)) <= SAME_TIME_DAYS) {
                    return false;
                }
            }
        }
        return true;
    }

    private static long epochDay(String isoDay) {
        try {
            return java.time.LocalDate.parse(isoDay).toEpochDay();
        } catch (java.time.DateTimeException e) {
            return Long.MIN_VALUE / 2;
        }
    }
}
