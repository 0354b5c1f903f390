/** Sentence embeddings for the cross-source analysis, kept out of reconcile so its core needs no model. */
package org.dossier.embed;
