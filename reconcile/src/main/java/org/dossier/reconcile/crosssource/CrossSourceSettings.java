package org.dossier.reconcile.crosssource;

/**
 * Thresholds of the cross-source analysis. Similarities are normal scores of their rank among the corpus's own sentence
 * pairs ({@link SimilarityIndex#z}: 1.64 is the top 5%), so they hold for any embedder; entity and topic bonuses add to
 * that scale.
 *
 * @param clusterScore expectations from different places join one scorecard row at this average score
 * @param linkScore an outcome resolves an expectation row at this score
 * @param metScore a linked row is {@code met} (rather than {@code partly}) at this score
 * @param outcomeMargin outcomes within this much of the best one are linked too
 * @param maxOutcomes at most this many outcomes per row
 * @param outcomeRank an outcome is linked only to the rows among its this many best (so a generic outcome does not
 *     resolve every row)
 * @param minOutcomeWords an outcome clause has at least this many content words (shorter fragments score too easily)
 * @param agreeScore two claims state the same fact at this score
 * @param sameHappeningScore two dated sentences tell of the same happening at this score (dates masked)
 * @param sameSubjectScore two figure sentences measure the same thing at this score
 * @param entityWeight bonus for entirely shared entities (weighted Jaccard 1.0)
 * @param topicWeight bonus for the same claim topic
 */
public record CrossSourceSettings(
        double clusterScore,
        double linkScore,
        double metScore,
        double outcomeMargin,
        int maxOutcomes,
        int outcomeRank,
        int minOutcomeWords,
        double agreeScore,
        double sameHappeningScore,
        double sameSubjectScore,
        double entityWeight,
        double topicWeight) {

    public static final CrossSourceSettings DEFAULT = new CrossSourceSettings(2.0, 1.5, 1.6, 1.0, 4, 3, 6, 3.0, 2.0, 1.0, 1.0, 0.3);

    public CrossSourceSettings {
        if (maxOutcomes < 1 || outcomeRank < 1) {
            throw new IllegalArgumentException("maxOutcomes and outcomeRank must be at least 1, got " + maxOutcomes + " and "
                    + outcomeRank);
        }
        if (minOutcomeWords < 0) {
            throw new IllegalArgumentException("minOutcomeWords must not be negative, got " + minOutcomeWords);
        }
        if (metScore < linkScore) {
            throw new IllegalArgumentException("metScore " + metScore + " below linkScore " + linkScore);
        }
        if (outcomeMargin < 0 || entityWeight < 0 || topicWeight < 0) {
            throw new IllegalArgumentException("outcomeMargin, entityWeight and topicWeight must not be negative");
        }
    }
}
