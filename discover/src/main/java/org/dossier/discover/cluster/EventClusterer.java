package org.dossier.discover.cluster;

import java.util.Arrays;
import java.util.List;
import org.dossier.discover.DiscoverConfig;

/**
 * Documents to groups: candidate pairs by blocking, each scored by {@link EventSimilarity}, rescaled by the documents'
 * {@link LocalScale}s, then {@link AverageLinkClusterer} at the configured threshold, then {@link ParticipantSplit}.
 * The one clustering recipe used by the in-process discoverer and by the settings search. Stateless and thread-safe.
 */
public final class EventClusterer {

    private final DiscoverConfig config;
    private final CandidatePairs candidates;

    public EventClusterer(DiscoverConfig config) {
        this.config = config;
        this.candidates = new CandidatePairs(config, new EventSimilarity(config));
    }

    /** Each document's group (the lowest index in it), clustered from scratch. */
    public int[] cluster(List<DocumentVector> vectors) {
        int[] fixed = new int[vectors.size()];
        Arrays.fill(fixed, -1);
        return cluster(vectors, fixed).group();
    }

    /**
     * Each document's group, given fixed groups (existing events): all documents are clustered from scratch, then placed
     * by {@link IncrementalPlacement}: a fixed group keeps its documents in its home cluster, and documents the fresh
     * clustering puts elsewhere (new ones, and old ones it disagrees on) join the fixed group at home there or a new
     * group. Fixed groups never merge or disappear.
     *
     * @param fixedGroup for each document, its existing group number, or -1 for a new document
     */
    public IncrementalPlacement.Placement cluster(List<DocumentVector> vectors, int[] fixedGroup) {
        List<ScoredPair> pairs = candidates.scored(vectors, 0);
        return clusterScored(vectors, pairs, fixedGroup);
    }

    /**
     * The clustering of already scored candidate pairs, with the split of events whose parts have different core
     * participants ({@link ParticipantSplit}) before the placement.
     */
    public IncrementalPlacement.Placement clusterScored(List<DocumentVector> vectors, List<ScoredPair> pairs, int[] fixedGroup) {
        int n = vectors.size();
        List<ScoredPair> rescaled = rescaled(n, pairs);
        int[] fresh = new AverageLinkClusterer(config.threshold()).cluster(n, rescaled);
        return IncrementalPlacement.place(ParticipantSplit.refine(fresh, rescaled, vectors, config), fixedGroup);
    }

    /**
     * The clustering of already scored candidate pairs without the participant split (for a search that scores once and
     * tries many thresholds without the documents at hand).
     */
    public IncrementalPlacement.Placement clusterScored(int n, List<ScoredPair> pairs, int[] fixedGroup) {
        int[] fresh = new AverageLinkClusterer(config.threshold()).cluster(n, rescaled(n, pairs));
        return IncrementalPlacement.place(fresh, fixedGroup);
    }

    private List<ScoredPair> rescaled(int n, List<ScoredPair> pairs) {
        double[] scale = LocalScale.of(n, pairs, config.neighbourRank(), config.neighbourGap(), config.minScale());
        return LocalScale.rescale(pairs, scale);
    }
}
