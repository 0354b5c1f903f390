package org.dossier.present;

import org.dossier.present.internal.Resources;

/** The JSON Schema (draft 2020-12) of {@code dossier.json}, on the classpath so any module's tests can validate a dossier. */
public final class DossierSchema {

    /** Where the schema sits on the classpath. */
    public static final String RESOURCE = "/org/dossier/present/dossier.schema.json";

    private DossierSchema() {
    }

    /** The schema's JSON text. */
    public static String text() {
        return Resources.text(RESOURCE);
    }
}
