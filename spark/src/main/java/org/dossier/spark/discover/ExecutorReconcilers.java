package org.dossier.spark.discover;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.dossier.build.DossierBuild;
import org.dossier.reconcile.DossierReconciler;
import org.dossier.reconcile.Reconciler;
import org.dossier.reconcile.crosssource.SentenceEmbedder;

/**
 * The standard reconciler in each executor JVM: a new {@link DossierReconciler} per task around the JVM's one sentence
 * embedder (bge-small, its vectors remembered in the cache folder), so the model loads once per executor and not per
 * event; the same embedder embeds the articles' leads for discovery, as in process. The JVM-wide map is deliberate static state, for the reason {@link org.dossier.spark.ExecutorAnnotators} gives.
 */
public final class ExecutorReconcilers implements ReconcilerSource {

    private static final long serialVersionUID = 1L;
    private static final ConcurrentMap<String, SentenceEmbedder> PER_JVM = new ConcurrentHashMap<>();

    private final String cacheFolder;

    /** @param cacheFolder a local folder on every executor, where the embedder remembers its vectors */
    public ExecutorReconcilers(String cacheFolder) {
        this.cacheFolder = cacheFolder;
    }

    @Override
    public Reconciler reconciler() {
        return new DossierReconciler(Clock.systemUTC(), leadEmbedder());
    }

    /** The JVM's one embedder, shared by the reconcilers and the discovery features (article leads). */
    @Override
    public SentenceEmbedder leadEmbedder() {
        return PER_JVM.computeIfAbsent(cacheFolder, c -> DossierBuild.standardEmbedder(Path.of(c)));
    }
}
