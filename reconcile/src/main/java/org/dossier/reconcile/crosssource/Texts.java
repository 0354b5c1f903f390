package org.dossier.reconcile.crosssource;

import java.util.Collection;
import java.util.TreeSet;

/** Small text helpers for one-line descriptions. */
final class Texts {

    private Texts() {
    }

    /** {@code text} on one line, cut at a word boundary to at most {@code max} characters with an ellipsis. */
    static String clip(String text, int max) {
        String one = text.replaceAll("\\s+", " ").strip();
        if (one.length() <= max) {
            return one;
        }
        int cut = one.lastIndexOf(' ', max - 1);
        return one.substring(0, cut > max / 2 ? cut : max - 1) + "…";
    }

    /** Sorted, comma-separated. */
    static String list(Collection<String> items) {
        return String.join(", ", new TreeSet<>(items));
    }
}
