/**
 * Reading the sources against each other: the expectation scorecard, agreements and contradictions. Similarity comes
 * from a {@link org.dossier.reconcile.crosssource.SentenceEmbedder}, and every threshold is in standard deviations above
 * the corpus's own mean similarity, so any embedder can be plugged in.
 */
package org.dossier.reconcile.crosssource;
