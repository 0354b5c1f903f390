/** Scores a grouping of documents into events against gold events: B-cubed precision, recall and F1. */
package org.dossier.eval.cluster;
