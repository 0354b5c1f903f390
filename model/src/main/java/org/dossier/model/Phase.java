package org.dossier.model;

import java.util.Locale;

/** Whether a source was written before or after the event it covers. */
public enum Phase {
    BEFORE, AFTER, UNKNOWN;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
