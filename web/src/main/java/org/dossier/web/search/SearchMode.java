package org.dossier.web.search;

import java.util.Locale;
import org.dossier.web.workspace.WorkspaceException;

/** How a query is matched: words with BM25 ranking, or meaning with sentence embeddings. */
public enum SearchMode {
    TEXT, SEMANTIC;

    /** The mode named {@code name} (case-insensitive); {@code text} when null. */
    public static SearchMode parse(String name) {
        if (name == null || name.isBlank()) {
            return TEXT;
        }
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw WorkspaceException.badRequest("mode must be text or semantic, was '" + name + "'");
        }
    }
}
