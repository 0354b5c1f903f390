package org.dossier.reconcile.crosssource;

import java.util.List;
import java.util.Objects;

/** Decorates an embedder: each sentence is embedded with the corpus's acronyms spelled out. Thread-safe when its input is. */
final class AcronymExpandingEmbedder implements SentenceEmbedder {

    private final SentenceEmbedder input;
    private final Acronyms acronyms;

    AcronymExpandingEmbedder(SentenceEmbedder input, Acronyms acronyms) {
        this.input = Objects.requireNonNull(input, "input");
        this.acronyms = Objects.requireNonNull(acronyms, "acronyms");
    }

    @Override
    public float[][] embed(List<String> sentences) {
        return input.embed(sentences.stream().map(acronyms::expand).toList());
    }
}
