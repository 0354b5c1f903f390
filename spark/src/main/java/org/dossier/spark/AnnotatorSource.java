package org.dossier.spark;

import java.io.Serializable;
import org.dossier.annotate.Annotator;

/** Gives the annotator of the JVM it is called in. Shipped to executors with each task, so it must be cheap to send. */
@FunctionalInterface
public interface AnnotatorSource extends Serializable {

    Annotator annotator();
}
