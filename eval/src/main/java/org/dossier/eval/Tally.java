package org.dossier.eval;

import java.util.ArrayList;
import java.util.List;

/** Counts hits and misses for one measure while it is computed. Not thread-safe. */
final class Tally {
    private final String name;
    private final List<String> misses = new ArrayList<>();
    private int hits;
    private int total;

    Tally(String name) {
        this.name = name;
    }

    void hit() {
        hits++;
        total++;
    }

    void miss(String why) {
        total++;
        misses.add(why);
    }

    /** Counts a hit when {@code passed}, else a miss with the reason. */
    void count(boolean passed, String whyNot) {
        if (passed) {
            hit();
        } else {
            miss(whyNot);
        }
    }

    Measure toMeasure() {
        return new Measure(name, hits, total, misses);
    }
}
