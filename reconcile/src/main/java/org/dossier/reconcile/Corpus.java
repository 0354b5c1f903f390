package org.dossier.reconcile;

import java.util.List;
import org.dossier.model.Source;
import org.dossier.model.fact.DocumentFacts;

/** What the reconcile stage takes: the sources and the facts extracted from each, in the same order. */
public record Corpus(List<Source> sources, List<DocumentFacts> facts) {

    public Corpus {
        sources = List.copyOf(sources);
        facts = List.copyOf(facts);
        if (sources.size() != facts.size()) {
            throw new IllegalArgumentException(sources.size() + " sources but " + facts.size() + " fact sets");
        }
    }
}
