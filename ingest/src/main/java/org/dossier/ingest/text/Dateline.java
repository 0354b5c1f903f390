package org.dossier.ingest.text;

/**
 * A publication date read from a dateline line.
 *
 * @param iso ISO-8601 at the precision the line gives: {@code 2025-02}, {@code 2025-02-07} or {@code 2025-02-07T16:09+09:00}
 * @param updated true when the line marks an update ({@code Updated ...}) rather than first publication
 */
public record Dateline(String iso, boolean updated) {
}
