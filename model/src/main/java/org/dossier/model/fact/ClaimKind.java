package org.dossier.model.fact;

import java.util.Locale;

/** What a claim is: something expected before the event, an outcome reported after it, or a plain statement. */
public enum ClaimKind {
    EXPECTATION, OUTCOME, STATEMENT;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
