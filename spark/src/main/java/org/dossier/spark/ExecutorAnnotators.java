package org.dossier.spark;

import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.dossier.annotate.AnnotationCache;
import org.dossier.annotate.Annotator;
import org.dossier.annotate.CachingAnnotator;
import org.dossier.annotate.corenlp.CoreNlpAnnotator;
import org.dossier.annotate.corenlp.CoreNlpConfig;

/**
 * The CoreNLP annotator of each executor JVM: one per configuration and cache folder, built on the first cache miss and
 * shared by every task (and thread) of that JVM, so the models load once per executor and not per record or partition.
 * This JVM-wide map is the project's one deliberate static state: Spark gives no other place that outlives a task.
 */
public final class ExecutorAnnotators implements AnnotatorSource {

    private static final long serialVersionUID = 1L;
    private static final ConcurrentMap<StageSettings, CachingAnnotator> PER_JVM = new ConcurrentHashMap<>();

    private final StageSettings settings;

    public ExecutorAnnotators(StageSettings settings) {
        this.settings = settings.failingFirstAttemptOf(null);
    }

    @Override
    public Annotator annotator() {
        return PER_JVM.computeIfAbsent(settings, s -> {
            CoreNlpConfig nlp = s.coreNlp();
            return new CachingAnnotator(nlp.fingerprint(), () -> new CoreNlpAnnotator(nlp),
                    new AnnotationCache(Path.of(s.cacheFolder())));
        });
    }

    /** How many documents this JVM annotated (cache misses) and read from the cache, for the settings given. */
    static int[] missesAndHits(StageSettings settings) {
        CachingAnnotator a = PER_JVM.get(settings.failingFirstAttemptOf(null));
        return a == null ? new int[] {0, 0} : new int[] {a.misses(), a.hits()};
    }
}
