package org.dossier.eval;

import java.util.Locale;

/** Renders {@link Scores} as text: one aligned line per measure and the overall mean, or the misses for debugging. */
public final class EvalReport {
    private static final String ROW = "%-20s";

    private EvalReport() {
    }

    /**
     * One line per measure, e.g. {@code entities_resolved   0.933  (28/30)}, absent measures as {@code n/a  (0/0)}, then
     * {@code overall} with the mean of the present measures. Lines end with {@code \n}.
     */
    public static String format(Scores scores) {
        StringBuilder out = new StringBuilder();
        for (Measure measure : scores.measures()) {
            out.append(String.format(Locale.ROOT, ROW + "%s  (%d/%d)", measure.name(), number(measure.value()),
                    measure.numerator(), measure.denominator())).append('\n');
        }
        out.append(String.format(Locale.ROOT, ROW + "%s", "overall", number(scores.overall()))).append('\n');
        return out.toString();
    }

    /**
     * For every measure with misses, a header {@code name (k misses)} and one indented {@code - miss} line per miss; empty
     * when nothing was missed.
     */
    public static String formatMisses(Scores scores) {
        StringBuilder out = new StringBuilder();
        for (Measure measure : scores.measures()) {
            if (measure.misses().isEmpty()) {
                continue;
            }
            out.append(measure.name()).append(" (").append(measure.misses().size())
                    .append(measure.misses().size() == 1 ? " miss)\n" : " misses)\n");
            measure.misses().forEach(miss -> out.append("  - ").append(miss).append('\n'));
        }
        return out.toString();
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "  n/a" : String.format(Locale.ROOT, "%.3f", value);
    }
}
