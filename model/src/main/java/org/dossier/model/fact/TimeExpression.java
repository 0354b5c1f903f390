package org.dossier.model.fact;

import org.dossier.model.Evidence;

/**
 * A time expression resolved to a calendar date at the precision the text supports.
 *
 * @param date ISO-8601: {@code 2025}, {@code 2025-02} or {@code 2025-02-07}
 * @param what one line saying what happened then (the clause around the expression)
 * @param clause evidence for {@code what}: the clause or sentence holding the expression
 */
public record TimeExpression(Evidence evidence, String date, Certainty certainty, String what, Evidence clause) {
}
