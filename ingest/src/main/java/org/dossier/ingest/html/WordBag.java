package org.dossier.ingest.html;

import java.util.HashMap;
import java.util.Map;

/** A multiset of the lower-cased words (letter and digit runs) of a text, for comparing two versions of a text. */
final class WordBag {

    private final Map<String, Integer> counts = new HashMap<>();
    private int size;

    private WordBag() {
    }

    static WordBag of(String text) {
        WordBag bag = new WordBag();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean word = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                bag.counts.merge(text.substring(start, i).toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
                bag.size++;
                start = -1;
            }
        }
        return bag;
    }

    int size() {
        return size;
    }

    /** Share of this bag's words (with multiplicity) that the other bag also holds; 0 for an empty bag. */
    double coveredBy(WordBag other) {
        if (size == 0) {
            return 0;
        }
        int shared = 0;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            shared += Math.min(entry.getValue(), other.counts.getOrDefault(entry.getKey(), 0));
        }
        return (double) shared / size;
    }
}
