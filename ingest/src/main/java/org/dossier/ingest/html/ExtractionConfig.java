package org.dossier.ingest.html;

/**
 * Tuning of {@link MainTextExtractor}; {@link #DEFAULT} is what the benchmark test measures.
 *
 * @param minParagraphChars shortest text that scores as a paragraph
 * @param maxLinkDensity share of link text above which a container inside the main text is dropped
 * @param siblingScoreRatio share of the best score a sibling of the main container needs to be kept with it
 * @param minTextChars shortest main text accepted; less means the page holds no article
 * @param jsonLdMinChars shortest JSON-LD {@code articleBody} trusted over the page layout
 * @param jsonLdMinCoverage share of the JSON-LD body's words that must appear in the page text for it to be trusted
 */
public record ExtractionConfig(
        int minParagraphChars,
        double maxLinkDensity,
        double siblingScoreRatio,
        int minTextChars,
        int jsonLdMinChars,
        double jsonLdMinCoverage) {

    /** The settings the benchmark floor is measured with. */
    public static final ExtractionConfig DEFAULT = new ExtractionConfig(25, 0.33, 0.2, 50, 250, 0.9);

    public ExtractionConfig {
        if (minParagraphChars < 0) {
            throw new IllegalArgumentException("minParagraphChars must be >= 0, was " + minParagraphChars);
        }
        if (maxLinkDensity <= 0 || maxLinkDensity > 1) {
            throw new IllegalArgumentException("maxLinkDensity must be in (0, 1], was " + maxLinkDensity);
        }
        if (siblingScoreRatio < 0 || siblingScoreRatio > 1) {
            throw new IllegalArgumentException("siblingScoreRatio must be in [0, 1], was " + siblingScoreRatio);
        }
        if (minTextChars < 0) {
            throw new IllegalArgumentException("minTextChars must be >= 0, was " + minTextChars);
        }
        if (jsonLdMinChars < 0) {
            throw new IllegalArgumentException("jsonLdMinChars must be >= 0, was " + jsonLdMinChars);
        }
        if (jsonLdMinCoverage < 0 || jsonLdMinCoverage > 1) {
            throw new IllegalArgumentException("jsonLdMinCoverage must be in [0, 1], was " + jsonLdMinCoverage);
        }
    }
}
