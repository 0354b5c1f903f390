/** JSON Lines input: one article per line. */
package org.dossier.ingest.jsonl;
