package org.dossier.extract.figure;

import java.math.BigDecimal;

/**
 * A number read from words {@code [first, end)} of a sentence.
 *
 * @param factor the scale applied to written digits ({@code 1e9} for {@code 59 billion}), one when none
 * @param scaled true when a scale word or abbreviation ({@code million}, {@code bn}, {@code dozen}) was applied
 * @param yearLike true for a bare four-digit integer that could be a year ({@code 1991}, {@code 2027})
 */
record NumberMatch(BigDecimal value, BigDecimal factor, int first, int end, boolean scaled, boolean yearLike) {

    NumberMatch withScale(BigDecimal scale, int newEnd) {
        return new NumberMatch(value.multiply(scale), factor.multiply(scale), first, newEnd, true, false);
    }
}
