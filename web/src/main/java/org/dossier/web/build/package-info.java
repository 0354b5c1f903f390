/** Rebuilds in the background: the builder is supplied by the caller (the cli), this package queues runs and reports progress. */
package org.dossier.web.build;
