/**
 * Per-document accuracy against the field's benchmarks: TempEval-3 time-expression measures over TimeML files, CoNLL
 * name-chunk measures, and the MEANTIME corpus converted to both forms as development data.
 */
package org.dossier.eval.nlp;
