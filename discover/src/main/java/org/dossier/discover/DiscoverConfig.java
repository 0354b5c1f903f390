package org.dossier.discover;

/**
 * Settings of event discovery, validated; serializable, so a distributed engine ships them to its workers. The defaults
 * were chosen on development data only (ECB+ topics 1–35 and the MultiLing 2011 dev topics, one setting for both; see
 * docs/EVALUATION.md, "Event discovery").
 *
 * @param termWeight weight of the key-term (TF-IDF) cosine in a pair's similarity
 * @param entityWeight weight of the named-entity cosine
 * @param dateWeight weight of the cosine of the dates given (days, months and years)
 * @param leadWeight weight of the lead-embedding similarity (left out for a pair when either document has no embedding)
 * @param leadFloor the lead-embedding cosine of unrelated articles: cosines are rescaled from [leadFloor, 1] to [0, 1]
 * @param dateConflictFactor multiplies the similarity of two documents whose days never come within a few days of each
 *     other: the same kind of event on another date is another event
 * @param participantConflictFactor multiplies the similarity of two documents whose central people differ (each one's
 *     most mentioned person is mentioned at most once by the other): the same kind of event for someone else is another event
 * @param threshold the average-link similarity, in units of the two documents' local scales
 *     ({@link org.dossier.discover.cluster.LocalScale}), at or above which two groups are one event
 * @param neighbourRank which nearest neighbour sets a document's local scale (1: its nearest)
 * @param neighbourGap a neighbour less similar than this fraction of the nearest one does not set the local scale
 * @param minScale the lowest local scale: about the similarity unrelated articles reach, so that an article like no other
 *     stays alone rather than joining its least unlike neighbour
 * @param blockingTerms how many of a document's highest-weighted terms are its blocking keys
 * @param blockingEntities how many of its highest-weighted entities are blocking keys
 * @param maxBlock the most other documents one document is compared with: it keeps its most specific blocking keys
 *     (held by the fewest documents) while the documents they reach, summed over the keys, stay within this, so the
 *     candidate pairs grow linearly with the stream (a key held by more than {@code maxBlock + 1} documents makes none)
 * @param splitMinSize the fewest articles each part of a split event has
 *     ({@link org.dossier.discover.cluster.ParticipantSplit}); 0 turns the split off
 * @param coreShare an event part's core participants are among the people and organizations named in at least this share
 *     of its articles
 * @param coreOverlap two parts are two events only when each one's core participants are named in at most this share of
 *     the other part's articles
 */
public record DiscoverConfig(double termWeight, double entityWeight, double dateWeight, double leadWeight, double leadFloor,
        double dateConflictFactor, double participantConflictFactor, double threshold, int neighbourRank, double neighbourGap,
        double minScale, int blockingTerms, int blockingEntities, int maxBlock, int splitMinSize, double coreShare,
        double coreOverlap) implements java.io.Serializable {

    private static final long serialVersionUID = 3L;

    public static final DiscoverConfig DEFAULT = new DiscoverConfig(0.4, 0.3, 0.1, 0.2, 0.75, 1.0, 1.0, 0.57, 5, 0.4, 0.12,
            30, 15, 400, 3, 0.5, 0.1);

    public DiscoverConfig {
        check("termWeight", termWeight, 0, 1);
        check("entityWeight", entityWeight, 0, 1);
        check("dateWeight", dateWeight, 0, 1);
        check("leadWeight", leadWeight, 0, 1);
        check("leadFloor", leadFloor, 0, 0.99);
        check("dateConflictFactor", dateConflictFactor, 0, 1);
        check("participantConflictFactor", participantConflictFactor, 0, 1);
        check("threshold", threshold, 0, 10);
        check("neighbourGap", neighbourGap, 0, 1);
        check("minScale", minScale, 0, 1);
        if (termWeight + entityWeight + dateWeight <= 0) {
            throw new IllegalArgumentException("termWeight + entityWeight + dateWeight must be positive");
        }
        if (neighbourRank < 1 || neighbourRank > 50) {
            throw new IllegalArgumentException("neighbourRank must be in [1, 50], was " + neighbourRank);
        }
        if (blockingTerms < 0 || blockingEntities < 0 || blockingTerms + blockingEntities == 0) {
            throw new IllegalArgumentException("blockingTerms and blockingEntities must be >= 0 with a positive sum, were "
                    + blockingTerms + " and " + blockingEntities);
        }
        if (maxBlock < 2) {
            throw new IllegalArgumentException("maxBlock must be at least 2, was " + maxBlock);
        }
        if (splitMinSize < 0) {
            throw new IllegalArgumentException("splitMinSize must be >= 0 (0: no split), was " + splitMinSize);
        }
        check("coreShare", coreShare, 0.01, 1);
        check("coreOverlap", coreOverlap, 0, 1);
    }

    private static void check(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "], was " + value);
        }
    }

    public DiscoverConfig withThreshold(double t) {
        return new DiscoverConfig(termWeight, entityWeight, dateWeight, leadWeight, leadFloor, dateConflictFactor,
                participantConflictFactor, t, neighbourRank, neighbourGap, minScale, blockingTerms, blockingEntities,
                maxBlock, splitMinSize, coreShare, coreOverlap);
    }

    public DiscoverConfig withWeights(double terms, double entities, double dates, double lead) {
        return new DiscoverConfig(terms, entities, dates, lead, leadFloor, dateConflictFactor, participantConflictFactor,
                threshold, neighbourRank, neighbourGap, minScale, blockingTerms, blockingEntities,
                maxBlock, splitMinSize, coreShare, coreOverlap);
    }

    public DiscoverConfig withConflictFactors(double dates, double participants) {
        return new DiscoverConfig(termWeight, entityWeight, dateWeight, leadWeight, leadFloor, dates, participants, threshold,
                neighbourRank, neighbourGap, minScale, blockingTerms, blockingEntities,
                maxBlock, splitMinSize, coreShare, coreOverlap);
    }

    public DiscoverConfig withLeadFloor(double floor) {
        return new DiscoverConfig(termWeight, entityWeight, dateWeight, leadWeight, floor, dateConflictFactor,
                participantConflictFactor, threshold, neighbourRank, neighbourGap, minScale, blockingTerms, blockingEntities,
                maxBlock, splitMinSize, coreShare, coreOverlap);
    }

    public DiscoverConfig withNeighbourRank(int rank) {
        return new DiscoverConfig(termWeight, entityWeight, dateWeight, leadWeight, leadFloor, dateConflictFactor,
                participantConflictFactor, threshold, rank, neighbourGap, minScale, blockingTerms, blockingEntities,
                maxBlock, splitMinSize, coreShare, coreOverlap);
    }

    public DiscoverConfig withNeighbourGap(double gap) {
        return new DiscoverConfig(termWeight, entityWeight, dateWeight, leadWeight, leadFloor, dateConflictFactor,
                participantConflictFactor, threshold, neighbourRank, gap, minScale, blockingTerms, blockingEntities,
                maxBlock, splitMinSize, coreShare, coreOverlap);
    }

    public DiscoverConfig withBlocking(int terms, int entities) {
        return new DiscoverConfig(termWeight, entityWeight, dateWeight, leadWeight, leadFloor, dateConflictFactor,
                participantConflictFactor, threshold, neighbourRank, neighbourGap, minScale, terms, entities,
                maxBlock, splitMinSize, coreShare, coreOverlap);
    }

    public DiscoverConfig withMinScale(double floor) {
        return new DiscoverConfig(termWeight, entityWeight, dateWeight, leadWeight, leadFloor, dateConflictFactor,
                participantConflictFactor, threshold, neighbourRank, neighbourGap, floor, blockingTerms, blockingEntities,
                maxBlock, splitMinSize, coreShare, coreOverlap);
    }

    public DiscoverConfig withMaxBlock(int max) {
        return new DiscoverConfig(termWeight, entityWeight, dateWeight, leadWeight, leadFloor, dateConflictFactor,
                participantConflictFactor, threshold, neighbourRank, neighbourGap, minScale, blockingTerms, blockingEntities,
                max, splitMinSize, coreShare, coreOverlap);
    }

    public DiscoverConfig withSplit(int minSize, double share, double overlap) {
        return new DiscoverConfig(termWeight, entityWeight, dateWeight, leadWeight, leadFloor, dateConflictFactor,
                participantConflictFactor, threshold, neighbourRank, neighbourGap, minScale, blockingTerms, blockingEntities,
                maxBlock, minSize, share, overlap);
    }
}
