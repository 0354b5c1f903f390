package org.dossier.eval.cluster;

/**
 * B-cubed precision, recall and F1 (Bagga and Baldwin 1998) over the gold items.
 *
 * @param items gold items scored
 * @param unplaced gold items the system put in no cluster (each scored as a cluster of its own)
 * @param extra system items that are not in the gold (not scored)
 */
public record BCubedScore(double precision, double recall, int items, int unplaced, int extra) {

    /** The harmonic mean of precision and recall; 0 when both are 0. */
    public double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
