package org.dossier.discover;

/**
 * Settings of event discovery, validated; serializable, so a distributed engine ships them to its workers. The defaults were chosen on the ECB+ development topics only (see
 * docs/EVALUATION.md, "Event discovery").
 *
 * @param termWeight weight of the key-term (TF-IDF) cosine in a pair's similarity
 * @param entityWeight weight of the named-entity cosine
 * @param dateWeight weight of the cosine of the dates given (days, months and years)
 * @param dateConflictFactor multiplies the similarity of two documents whose days never come within a few days of each
 *     other: the same kind of event on another date is another event
 * @param participantConflictFactor multiplies the similarity of two documents whose central people differ (each one's
 *     most mentioned person is mentioned at most once by the other): the same kind of event for someone else is another event
 * @param threshold the average-link similarity at or above which two groups are one event, as a fraction of the
 *     collection's median nearest-neighbour similarity ({@link org.dossier.discover.cluster.SimilarityScale})
 * @param blockingTerms how many of a document's highest-weighted terms are its blocking keys
 * @param blockingEntities how many of its highest-weighted entities are blocking keys
 * @param maxBlock a blocking key held by more documents than this is too common to make candidate pairs
 */
public record DiscoverConfig(double termWeight, double entityWeight, double dateWeight, double dateConflictFactor,
        double participantConflictFactor, double threshold, int blockingTerms, int blockingEntities, int maxBlock)
        implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final DiscoverConfig DEFAULT = new DiscoverConfig(0.5, 0.35, 0.15, 0.7, 0.5, 0.38, 10, 6, 400);

    public DiscoverConfig {
        check("termWeight", termWeight, 0, 1);
        check("entityWeight", entityWeight, 0, 1);
        check("dateWeight", dateWeight, 0, 1);
        check("dateConflictFactor", dateConflictFactor, 0, 1);
        check("participantConflictFactor", participantConflictFactor, 0, 1);
        check("threshold", threshold, 0, 1);
        if (termWeight + entityWeight + dateWeight <= 0) {
            throw new IllegalArgumentException("termWeight + entityWeight + dateWeight must be positive");
        }
        if (blockingTerms < 0 || blockingEntities < 0 || blockingTerms + blockingEntities == 0) {
            throw new IllegalArgumentException("blockingTerms and blockingEntities must be >= 0 with a positive sum, were "
                    + blockingTerms + " and " + blockingEntities);
        }
        if (maxBlock < 2) {
            throw new IllegalArgumentException("maxBlock must be at least 2, was " + maxBlock);
        }
    }

    private static void check(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "], was " + value);
        }
    }

    public DiscoverConfig withThreshold(double t) {
        return new DiscoverConfig(termWeight, entityWeight, dateWeight, dateConflictFactor, participantConflictFactor, t,
                blockingTerms, blockingEntities, maxBlock);
    }

    public DiscoverConfig withWeights(double terms, double entities, double dates) {
        return new DiscoverConfig(terms, entities, dates, dateConflictFactor, participantConflictFactor, threshold,
                blockingTerms, blockingEntities, maxBlock);
    }

    public DiscoverConfig withConflictFactors(double dates, double participants) {
        return new DiscoverConfig(termWeight, entityWeight, dateWeight, dates, participants, threshold, blockingTerms,
                blockingEntities, maxBlock);
    }
}
