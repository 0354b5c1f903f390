/** The build service: wires ingest, annotate, extract, reconcile and present for a folder of articles. */
package org.dossier.build;
