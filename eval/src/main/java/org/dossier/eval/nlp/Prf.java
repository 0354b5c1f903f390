package org.dossier.eval.nlp;

import java.util.Locale;

/**
 * Precision, recall and F1 from counts.
 *
 * @param correct predicted items that match a gold item
 * @param predicted all predicted items
 * @param gold all gold items
 */
public record Prf(int correct, int predicted, int gold) {

    public Prf {
        if (correct < 0 || correct > predicted || correct > gold) {
            throw new IllegalArgumentException("correct must be in [0, min(predicted, gold)], got " + correct + " of "
                    + predicted + " predicted and " + gold + " gold");
        }
    }

    public double precision() {
        return predicted == 0 ? 0 : (double) correct / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) correct / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public Prf plus(Prf other) {
        return new Prf(correct + other.correct, predicted + other.predicted, gold + other.gold);
    }

    /** {@code P 81.2  R 79.0  F1 80.1  (correct/predicted/gold)}, in percent. */
    public String format() {
        return String.format(Locale.ROOT, "P %5.1f  R %5.1f  F1 %5.1f  (%d/%d/%d)", 100 * precision(), 100 * recall(),
                100 * f1(), correct, predicted, gold);
    }
}
