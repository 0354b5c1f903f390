package org.dossier.extract.figure;

import java.math.BigDecimal;

/**
 * An amount read from words {@code [first, end)}: a number with its unit ({@code USD}, {@code percent}), or a bare number
 * (unit null) that may open a range such as {@code 20 to 60 percent}.
 *
 * @param factor the scale applied to the written number ({@code 1e9} for {@code billion}), one when none
 */
record Amount(int first, int end, BigDecimal value, BigDecimal factor, String unit, boolean yearLike) {

    boolean isBare() {
        return unit == null;
    }

    boolean isScaled() {
        return factor.compareTo(BigDecimal.ONE) != 0;
    }

    /** The number as written, before its scale: 800 for {@code $800 billion}. */
    BigDecimal written() {
        return value.divide(factor);
    }
}
