/** Scores PLOVER event coding (from {@code dossier annotate --format plover}) against PLOVER gold standard records. */
package org.dossier.eval.plover;
