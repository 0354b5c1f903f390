package org.dossier.discover.cluster;

/** Two documents (indexes, {@code a < b}) and their similarity. */
public record ScoredPair(int a, int b, double similarity) {

    public ScoredPair {
        if (a >= b || a < 0) {
            throw new IllegalArgumentException("need 0 <= a < b, got " + a + ", " + b);
        }
    }
}
