package org.dossier.eval.rouge;

/** How scores against several references combine into one. */
public enum MultiReference {
    /**
     * ROUGE-1.5.5 {@code -f A}: hits, reference n-grams and summary n-grams are summed over all references, then divided
     * (a micro-average, so longer references weigh more).
     */
    POOLED,
    /**
     * ROUGE-1.5.5 with jackknifing: the {@link #POOLED} score over each of the M leave-one-out subsets of M-1 references,
     * averaged. With one reference, the same as {@link #POOLED}.
     */
    JACKKNIFE,
    /** The plain mean of the per-reference recall, precision and F. */
    AVERAGE
}
