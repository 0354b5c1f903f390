package org.dossier.ingest;

import org.dossier.model.Source;

/** Turns one raw input into a {@link Source}: clean text, metadata, and the boilerplate dropped. */
public interface SourceReader {

    /**
     * Reads one article.
     *
     * @throws IngestException when the input is not an article (empty, binary, unreadable)
     */
    Source read(RawInput input) throws IngestException;
}
