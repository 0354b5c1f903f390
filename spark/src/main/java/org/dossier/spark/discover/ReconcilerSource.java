package org.dossier.spark.discover;

import java.io.Serializable;
import org.dossier.reconcile.Reconciler;
import org.dossier.reconcile.crosssource.SentenceEmbedder;

/** Gives a reconciler in the JVM it is called in (once per task). Shipped to executors with each task: cheap to send. */
@FunctionalInterface
public interface ReconcilerSource extends Serializable {

    Reconciler reconciler();

    /** The sentence embedder of this JVM for the articles' leads in discovery features, or null for none. */
    default SentenceEmbedder leadEmbedder() {
        return null;
    }
}
