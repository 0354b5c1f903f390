package org.dossier.model;

import java.util.Objects;

/**
 * Where an item comes from: a source id and offsets whose slice of that source's text equals {@code text}.
 *
 * @param resolved true when the span was linked to its entity by a description or pronoun rather than a name
 */
public record Evidence(String source, int start, int end, String text, boolean resolved) {

    public Evidence {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") in " + source);
        }
        if (text.length() != end - start) {
            throw new IllegalArgumentException("text length " + text.length() + " != span length " + (end - start) + " in " + source);
        }
    }

    public Evidence(String source, int start, int end, String text) {
        this(source, start, end, text, false);
    }

    /** Evidence for {@code sourceText.substring(start, end)}. */
    public static Evidence of(String sourceId, String sourceText, int start, int end) {
        return new Evidence(sourceId, start, end, sourceText.substring(start, end));
    }

    public boolean overlaps(Evidence other) {
        return source.equals(other.source) && start < other.end && other.start < end;
    }

    public boolean contains(Evidence other) {
        return source.equals(other.source) && start <= other.start && other.end <= end;
    }

    public Evidence asResolved() {
        return new Evidence(source, start, end, text, true);
    }
}
