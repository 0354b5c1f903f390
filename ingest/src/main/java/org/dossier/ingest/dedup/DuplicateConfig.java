package org.dossier.ingest.dedup;

/**
 * Settings of {@link NearDuplicateFinder}. The defaults were chosen on dev data only (see {@code docs/EVALUATION.md}).
 *
 * @param shingleWords words per shingle
 * @param bands LSH bands; {@code bands * rows} MinHash values are kept per text
 * @param rows MinHash values per band: two texts are compared when one band is equal in both
 * @param minJaccard share of shared shingles (Jaccard of the shingle sets) from which two texts are near-duplicates
 * @param minShingles texts with fewer shingles are never near-duplicates (too short to tell a copy from a formula)
 */
public record DuplicateConfig(int shingleWords, int bands, int rows, double minJaccard, int minShingles) {

    /** 5-word shingles, 32 bands of 4 (128 hashes), Jaccard at least 0.5, at least 20 shingles. */
    public static final DuplicateConfig DEFAULT = new DuplicateConfig(5, 32, 4, 0.5, 20);

    public DuplicateConfig {
        if (shingleWords < 1 || shingleWords > 20) {
            throw new IllegalArgumentException("shingleWords must be between 1 and 20, was " + shingleWords);
        }
        if (bands < 1 || rows < 1 || bands * rows > 1024) {
            throw new IllegalArgumentException("bands and rows must be positive with bands * rows <= 1024, was "
                    + bands + " * " + rows);
        }
        if (minJaccard <= 0 || minJaccard > 1) {
            throw new IllegalArgumentException("minJaccard must be in (0, 1], was " + minJaccard);
        }
        if (minShingles < 1) {
            throw new IllegalArgumentException("minShingles must be >= 1, was " + minShingles);
        }
    }

    /** MinHash values per text. */
    public int hashes() {
        return bands * rows;
    }
}
