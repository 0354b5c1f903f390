/**
 * HTML ingest: saved web pages to {@link org.dossier.model.Source}. Decoding, main-text extraction and metadata are
 * separate pure classes; {@link org.dossier.ingest.html.HtmlReader} only wires them.
 */
package org.dossier.ingest.html;
