package org.dossier.spark;

import java.io.Serializable;

/**
 * What the per-document stages made of one input: its source and facts as JSON ({@link FactsJson}), or a rejection.
 * Exactly one of {@code sourceJson} (with {@code factsJson}) and {@code rejection} is set.
 */
public record DocumentOutcome(String id, String sourceJson, String factsJson, Rejection rejection) implements Serializable {

    private static final long serialVersionUID = 1L;

    public static DocumentOutcome facts(String id, String sourceJson, String factsJson) {
        return new DocumentOutcome(id, sourceJson, factsJson, null);
    }

    public static DocumentOutcome rejected(Rejection r) {
        return new DocumentOutcome(r.id(), null, null, r);
    }

    public boolean isRejected() {
        return rejection != null;
    }
}
