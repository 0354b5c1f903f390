/** The extractive summary: a few source sentences that cover what the corpus says most, in reading order. */
package org.dossier.reconcile.summary;
