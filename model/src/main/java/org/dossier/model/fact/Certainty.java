package org.dossier.model.fact;

import java.util.Locale;

/** Whether a dated happening was reported as done, planned, or only expected. */
public enum Certainty {
    REPORTED, PLANNED, EXPECTED;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
