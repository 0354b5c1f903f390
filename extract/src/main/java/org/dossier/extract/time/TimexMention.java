package org.dossier.extract.time;

/**
 * A time expression as TimeML tags it: characters {@code [start, end)} of the document text, the TIMEX3 {@code type}
 * ({@code DATE}, {@code TIME}, {@code DURATION} or {@code SET}) and {@code value}.
 */
public record TimexMention(int start, int end, String type, String value) {

    public TimexMention {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("need 0 <= start < end, got [" + start + ", " + end + ")");
        }
    }

    TimexMention withValue(String newValue) {
        return new TimexMention(start, end, type, newValue);
    }

    TimexMention withSpan(int newStart, int newEnd) {
        return new TimexMention(newStart, newEnd, type, value);
    }
}
