package org.dossier.discover.cluster;

/** The similarity in [0, 1] of two documents. Implementations are pure and thread-safe. */
@FunctionalInterface
public interface PairScorer {

    double score(DocumentVector a, DocumentVector b);
}
