package org.dossier.annotate;

import java.util.List;
import org.dossier.model.Source;
import org.dossier.model.fact.Quote;

/**
 * Finds quoted speech and its speaker in a source's text with an outside tool, so that its quotes can be scored on the
 * same text as the extractor's own. Offsets index {@link Source#text()}. Implementations are thread-safe.
 */
public interface QuoteTagger {

    /** The quotes in text order, each with the words inside the marks and its speaker where the tool gives one. */
    List<Quote> quotes(Source source);
}
