/** Event discovery on Spark: the discover module's features, blocking, scoring and clustering, distributed. */
package org.dossier.spark.discover;
