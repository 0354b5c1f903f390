package org.dossier.ingest.text;

/**
 * What an author bio sentence states: who wrote the piece and where they work.
 *
 * @param outlet the organisation named after {@code at}, {@code for}, {@code with} or {@code of}; null when none
 */
public record Bio(String author, String outlet) {
}
