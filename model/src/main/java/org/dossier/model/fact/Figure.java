package org.dossier.model.fact;

import org.dossier.model.Evidence;

/**
 * A number the text gives, normalized: {@code $59 billion} is 5.9e10 USD, {@code 20 to 60 percent} is [20, 60] percent.
 *
 * @param low the value, or the low end of a range
 * @param high equal to {@code low} unless the text gives a range
 * @param unit {@code USD}, {@code JPY}, ... for money, {@code percent}, or a counted noun such as {@code jobs}
 * @param subject what it measures, in the text's words, or null
 * @param time the ISO date the figure refers to, or null
 */
public record Figure(Evidence evidence, double low, double high, String unit, String subject, String time) {

    public boolean isRange() {
        return low != high;
    }

    public boolean isMoneyOrPercent() {
        return "percent".equals(unit) || unit.length() == 3 && unit.equals(unit.toUpperCase(java.util.Locale.ROOT));
    }
}
