/**
 * Stage 5, present: a {@link org.dossier.model.dossier.Dossier} to {@code dossier.json} ({@link org.dossier.present.JsonDossierWriter},
 * read back by {@link org.dossier.present.JsonDossierReader}, checked by {@link org.dossier.present.DossierSchema}), {@code dossier.md}
 * ({@link org.dossier.present.MarkdownDossierWriter}) and {@code index.html} ({@link org.dossier.present.HtmlDossierWriter}).
 * Writers accept sparse dossiers: null lists read as empty.
 */
package org.dossier.present;
