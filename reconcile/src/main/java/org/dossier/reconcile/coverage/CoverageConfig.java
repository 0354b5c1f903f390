package org.dossier.reconcile.coverage;

/**
 * Settings of the {@link CoverageBuilder}.
 *
 * @param maxKeywords at most this many corpus keywords join the claim topics
 * @param sharedSimilarity a claim or quote is shared when another source has a sentence or quote whose content-word cosine
 *     with it is at least this
 */
public record CoverageConfig(int maxKeywords, double sharedSimilarity) {

    public static final int DEFAULT_MAX_KEYWORDS = 8;
    public static final double DEFAULT_SHARED_SIMILARITY = 0.5;
    public static final CoverageConfig DEFAULTS = new CoverageConfig(DEFAULT_MAX_KEYWORDS, DEFAULT_SHARED_SIMILARITY);

    public CoverageConfig {
        if (maxKeywords < 0) {
            throw new IllegalArgumentException("maxKeywords must not be negative, was " + maxKeywords);
        }
        if (!(sharedSimilarity > 0 && sharedSimilarity <= 1)) {
            throw new IllegalArgumentException("sharedSimilarity must be in (0, 1], was " + sharedSimilarity);
        }
    }
}
