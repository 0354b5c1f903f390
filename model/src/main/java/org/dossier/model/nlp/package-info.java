/** The annotated document: tokens, sentences and typed spans, our own types converted from the NLP library at once. */
package org.dossier.model.nlp;
