package org.dossier.reconcile;

import org.dossier.model.dossier.Dossier;

/** Reads all sources as one story: the reconcile stage. Takes only the per-document outputs. */
public interface Reconciler {

    Dossier reconcile(Corpus corpus);
}
