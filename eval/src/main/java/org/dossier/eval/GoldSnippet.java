package org.dossier.eval;

import java.util.Collection;
import java.util.List;

/**
 * A gold {@code {doc, snippet}} located in the dossier's text of that source: {@code places} holds every occurrence, as
 * original offsets. When it is empty, {@code problem} says why (no such source, snippet not in its text, malformed item).
 */
record GoldSnippet(String doc, String snippet, List<NormalizedText.Range> places, String problem) {

    GoldSnippet {
        places = List.copyOf(places);
    }

    boolean found() {
        return !places.isEmpty();
    }

    /** True when {@code evidence} overlaps some occurrence of this snippet. */
    boolean coveredBy(Evidence evidence) {
        return places.stream().anyMatch(r -> evidence.overlap(doc, r) > 0);
    }

    /** True when {@code evidence} overlaps at least half of the characters of some occurrence of this snippet. */
    boolean halfCoveredBy(Evidence evidence) {
        return places.stream().anyMatch(r -> 2 * evidence.overlap(doc, r) >= r.length() && r.length() > 0);
    }

    /** True when any of {@code evidence} overlaps some occurrence. */
    boolean coveredByAny(Collection<Evidence> evidence) {
        return evidence.stream().anyMatch(this::coveredBy);
    }

    /** A short label for miss lines: {@code doc "snippet"}, plus the problem when the snippet was not located. */
    String label() {
        String base = doc + " \"" + snippet + "\"";
        return found() ? base : base + " (" + problem + ")";
    }
}
