package org.dossier.annotate;

import org.dossier.model.Source;
import org.dossier.model.nlp.AnnotatedDocument;

/** Tokens, sentences, names and normalized values for one source. Implementations are thread-safe. */
public interface Annotator {

    /**
     * Annotates one source.
     *
     * @param referenceDate ISO date that relative time expressions are resolved against, or null when unknown
     */
    AnnotatedDocument annotate(Source source, String referenceDate);

    /** A short string naming the configuration, part of the cache key: a change of configuration misses the cache. */
    String fingerprint();
}
