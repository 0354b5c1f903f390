/** Coded political events (PLOVER) across sources: actors mapped to entities, one event per happening. */
package org.dossier.reconcile.coded;
