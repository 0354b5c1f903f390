package org.dossier.present;

import org.dossier.model.dossier.Dossier;

/** Renders a dossier as one document (JSON, Markdown, HTML). */
public interface DossierWriter {

    /** The whole rendered document. */
    String render(Dossier dossier);

    /** The file name this writer's output is saved under, such as {@code dossier.json}. */
    String fileName();
}
