/** Evaluation formats of the per-document layer: CoNLL-2003 columns, TempEval-3 TimeML. Pure text transformations. */
package org.dossier.formats;
