package org.dossier.model;

import java.util.List;

/**
 * One article after ingest: clean text that all offsets index, plus metadata read from it.
 * {@code title}, {@code outlet}, {@code author}, {@code published}, {@code uri} and {@code language} are null when unknown.
 *
 * @param published ISO-8601 at the precision the text supports (a date, or a date-time with offset)
 * @param publishedInferred true when {@code published} was inferred rather than read
 * @param dropped boilerplate removed from the raw input, offsets into the raw input
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
        List<String> warnings) {

    public Source {
        dropped = List.copyOf(dropped);
        warnings = List.copyOf(warnings);
    }

    public Source withPublished(String newPublished, boolean inferred) {
        return new Source(id, uri, title, outlet, author, newPublished, inferred, language, phase, text, dropped, warnings);
    }

    public Source withPhase(Phase newPhase) {
        return new Source(id, uri, title, outlet, author, published, publishedInferred, language, newPhase, text, dropped, warnings);
    }
}
