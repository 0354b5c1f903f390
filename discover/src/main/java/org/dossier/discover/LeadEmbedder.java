package org.dossier.discover;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Source;
import org.dossier.reconcile.crosssource.SentenceEmbedder;

/**
 * Adds the embedding of each document's {@link LeadText} to its features, in batches (one model call per batch, so a
 * caching embedder writes its file once per batch). Vectors are rounded to four decimals, which keeps the stored features
 * small and changes cosines by less than 0.001. Thread-safe when the embedder is.
 */
public final class LeadEmbedder {

    /** Leads per call of the embedder. */
    static final int BATCH = 256;

    private final SentenceEmbedder embedder;

    public LeadEmbedder(SentenceEmbedder embedder) {
        this.embedder = java.util.Objects.requireNonNull(embedder, "embedder");
    }

    /**
     * @param sources the documents, in the order of {@code features}
     * @return the features, each with its lead embedding
     */
    public List<DocumentFeatures> withLeads(List<Source> sources, List<DocumentFeatures> features) {
        if (sources.size() != features.size()) {
            throw new IllegalArgumentException(sources.size() + " sources for " + features.size() + " features");
        }
        List<DocumentFeatures> out = new ArrayList<>(features.size());
        for (int from = 0; from < sources.size(); from += BATCH) {
            int to = Math.min(sources.size(), from + BATCH);
            List<String> leads = sources.subList(from, to).stream().map(LeadText::of).toList();
            float[][] vectors = embedder.embed(leads);
            for (int i = from; i < to; i++) {
                if (!sources.get(i).id().equals(features.get(i).sourceId())) {
                    throw new IllegalArgumentException("features of " + features.get(i).sourceId() + " given for source "
                            + sources.get(i).id());
                }
                out.add(features.get(i).withLead(rounded(vectors[i - from])));
            }
        }
        return out;
    }

    private static float[] rounded(float[] v) {
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Math.round(v[i] * 10000f) / 10000f;
        }
        return out;
    }
}
