package org.dossier.annotate;

import java.util.List;
import org.dossier.model.nlp.AnnotatedDocument;
import org.dossier.model.nlp.Span;

/**
 * Finds the time expressions of an annotated document over its tokens and sentences: {@code DATE}, {@code TIME},
 * {@code DURATION} and {@code SET} spans whose {@link Span#normalized()} is a TIMEX3 value resolved against the
 * document's reference date. Implementations are thread-safe.
 */
public interface TimeTagger {

    /** The time expressions in text order, not overlapping. */
    List<Span> tag(AnnotatedDocument doc);
}
