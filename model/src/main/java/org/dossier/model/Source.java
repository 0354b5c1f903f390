package org.dossier.model;

import java.util.List;

/**
 * One article after ingest: clean text that all offsets index, plus metadata read from it.
 * {@code title}, {@code outlet}, {@code author}, {@code published}, {@code uri} and {@code language} are null when unknown.
 *
 * @param published ISO-8601 at the precision the text supports (a date, or a date-time with offset)
 * @param publishedInferred true when {@code published} was inferred rather than read
 * @param dropped boilerplate removed from the raw input, offsets into the raw input
 * @param duplicateOf the id of the source this one nearly repeats (a wire copy, a repost), or null: such a source is
 *     kept but counted once with it when sources agree
 */
public record Source(
        String id,
        String uri,
        String title,
        String outlet,
        String author,
        String published,
        boolean publishedInferred,
        String language,
        Phase phase,
        String text,
        List<DroppedSpan> dropped,
        List<String> warnings,
        String duplicateOf) {

    public Source {
        dropped = List.copyOf(dropped);
        warnings = List.copyOf(warnings);
    }

    /** A source that repeats no other. */
    public Source(String id, String uri, String title, String outlet, String author, String published,
            boolean publishedInferred, String language, Phase phase, String text, List<DroppedSpan> dropped,
            List<String> warnings) {
        this(id, uri, title, outlet, author, published, publishedInferred, language, phase, text, dropped, warnings, null);
    }

    public Source withPublished(String newPublished, boolean inferred) {
        return new Source(id, uri, title, outlet, author, newPublished, inferred, language, phase, text, dropped, warnings,
                duplicateOf);
    }

    public Source withPhase(Phase newPhase) {
        return new Source(id, uri, title, outlet, author, published, publishedInferred, language, newPhase, text, dropped,
                warnings, duplicateOf);
    }

    /** This source marked as nearly repeating {@code original} (null: repeating none), with a warning saying so. */
    public Source withDuplicateOf(String original, String warning) {
        List<String> w = new java.util.ArrayList<>(warnings);
        if (warning != null) {
            w.add(warning);
        }
        return new Source(id, uri, title, outlet, author, published, publishedInferred, language, phase, text, dropped, w,
                original);
    }
}
