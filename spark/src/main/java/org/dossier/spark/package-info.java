/**
 * The Dossier stages on Apache Spark: the per-document stages inside executors, their facts as Parquet, and (with the
 * discover module) distributed event discovery. Spark is a dependency of this module only.
 */
package org.dossier.spark;
