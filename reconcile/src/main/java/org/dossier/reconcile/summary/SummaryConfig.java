package org.dossier.reconcile.summary;

/**
 * Settings of the {@link Summarizer}. Words are counted as whitespace-separated tokens.
 *
 * @param wordBudget the summary's length in words; sentences are added while they fit (MultiLing used 250)
 * @param minSentences at least this many sentences when the corpus has them, even past the budget
 * @param maxSentences at most this many sentences
 * @param minWords shorter sentences (headings, datelines, fragments) are never picked
 * @param maxWords longer sentences (run-ons, lists) are never picked
 * @param maxSimilarity a sentence whose content-word cosine with a picked one exceeds this is a near-duplicate
 * @param lengthExponent a sentence's gain is divided by its length in words to this power (0: no length penalty)
 * @param positionWeight bonus for early sentences: gain times {@code 1 + positionWeight / (1 + position in its source)}
 * @param hintWeight bonus for sentences holding a hint (a claim): gain times {@code 1 + hintWeight}
 */
public record SummaryConfig(int wordBudget, int minSentences, int maxSentences, int minWords, int maxWords,
        double maxSimilarity, double lengthExponent, double positionWeight, double hintWeight) {

    public static final int DEFAULT_WORD_BUDGET = 250;
    public static final int DEFAULT_MIN_SENTENCES = 5;
    public static final int DEFAULT_MAX_SENTENCES = 12;
    public static final int DEFAULT_MIN_WORDS = 8;
    public static final int DEFAULT_MAX_WORDS = 55;
    public static final double DEFAULT_MAX_SIMILARITY = 0.5;
    public static final double DEFAULT_LENGTH_EXPONENT = 0.5;
    public static final double DEFAULT_POSITION_WEIGHT = 2.0;
    public static final double DEFAULT_HINT_WEIGHT = 0.2;

    /** The defaults: 250 words in 5 to 12 sentences. */
    public static final SummaryConfig DEFAULTS = new SummaryConfig(DEFAULT_WORD_BUDGET, DEFAULT_MIN_SENTENCES,
            DEFAULT_MAX_SENTENCES, DEFAULT_MIN_WORDS, DEFAULT_MAX_WORDS, DEFAULT_MAX_SIMILARITY, DEFAULT_LENGTH_EXPONENT,
            DEFAULT_POSITION_WEIGHT, DEFAULT_HINT_WEIGHT);

    public SummaryConfig {
        if (wordBudget < 1) {
            throw new IllegalArgumentException("wordBudget must be at least 1, was " + wordBudget);
        }
        if (minSentences < 0 || maxSentences < minSentences || maxSentences < 1) {
            throw new IllegalArgumentException("need 0 <= minSentences <= maxSentences and maxSentences >= 1, were "
                    + minSentences + " and " + maxSentences);
        }
        if (minWords < 1 || maxWords < minWords) {
            throw new IllegalArgumentException("need 1 <= minWords <= maxWords, were " + minWords + " and " + maxWords);
        }
        if (!(maxSimilarity > 0 && maxSimilarity <= 1)) {
            throw new IllegalArgumentException("maxSimilarity must be in (0, 1], was " + maxSimilarity);
        }
        if (lengthExponent < 0 || positionWeight < 0 || hintWeight < 0) {
            throw new IllegalArgumentException("lengthExponent, positionWeight and hintWeight must not be negative, were "
                    + lengthExponent + ", " + positionWeight + " and " + hintWeight);
        }
    }

    public SummaryConfig withWordBudget(int words) {
        return new SummaryConfig(words, minSentences, maxSentences, minWords, maxWords, maxSimilarity, lengthExponent,
                positionWeight, hintWeight);
    }

    public SummaryConfig withSentences(int min, int max) {
        return new SummaryConfig(wordBudget, min, max, minWords, maxWords, maxSimilarity, lengthExponent, positionWeight,
                hintWeight);
    }

    public SummaryConfig withScoring(double similarity, double exponent, double position) {
        return new SummaryConfig(wordBudget, minSentences, maxSentences, minWords, maxWords, similarity, exponent, position,
                hintWeight);
    }
}
