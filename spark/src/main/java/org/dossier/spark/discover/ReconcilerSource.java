package org.dossier.spark.discover;

import java.io.Serializable;
import org.dossier.reconcile.Reconciler;

/** Gives a reconciler in the JVM it is called in (once per task). Shipped to executors with each task: cheap to send. */
@FunctionalInterface
public interface ReconcilerSource extends Serializable {

    Reconciler reconciler();
}
