/** The article-extraction benchmark's metric: shingle-based precision, recall and F1 of extracted article bodies. */
package org.dossier.eval.extraction;
