/** Stage 1, ingest: raw input to {@link org.dossier.model.Source}. */
package org.dossier.ingest;
