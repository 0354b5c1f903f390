package org.dossier.web.search;

import java.util.List;
import java.util.Objects;
import org.dossier.reconcile.crosssource.SentenceEmbedder;

/**
 * The sentence model used for search, and how it embeds a query: retrieval models such as BGE are trained to embed a
 * short query with an instruction in front of it and the passages without one.
 *
 * @param model the model; it must give vectors comparable across calls
 * @param queryInstruction the text put before every query (may be empty, never null)
 */
public record SearchEmbedder(SentenceEmbedder model, String queryInstruction) {

    public SearchEmbedder {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(queryInstruction, "queryInstruction");
    }

    /** A model that embeds queries and sentences alike. */
    public static SearchEmbedder symmetric(SentenceEmbedder model) {
        return new SearchEmbedder(model, "");
    }

    /** Vectors of the indexed sentences. */
    public float[][] sentences(List<String> sentences) {
        return model.embed(sentences);
    }

    /** The vector of one query, instruction included. */
    public float[] query(String query) {
        return model.embed(List.of(queryInstruction + query))[0];
    }
}
