package org.dossier.spark;

import java.io.Serializable;
import java.util.Objects;
import org.dossier.annotate.corenlp.CoreNlpConfig;

/**
 * What executors need to rebuild the per-document stages: the CoreNLP configuration (by value, as
 * {@link CoreNlpConfig} is not {@link Serializable}) and the annotation cache folder on each executor's disk.
 *
 * @param cacheFolder a local folder on every executor (a shared mount works too: cache writes are atomic)
 * @param failFirstAttemptOf test hook: the first attempt of the task that processes this source id fails, so the task is
 *     retried; null in real runs
 */
public record StageSettings(String nerModels, String fineClasses, int maxSentenceTokens, String cacheFolder,
        String failFirstAttemptOf) implements Serializable {

    private static final long serialVersionUID = 1L;

    public StageSettings {
        Objects.requireNonNull(cacheFolder, "cacheFolder");
        coreNlp(nerModels, fineClasses, maxSentenceTokens); // validates
    }

    public static StageSettings of(CoreNlpConfig nlp, String cacheFolder) {
        return new StageSettings(nlp.nerModels().name(), nlp.fineClasses().name(), nlp.maxSentenceTokens(), cacheFolder, null);
    }

    public CoreNlpConfig coreNlp() {
        return coreNlp(nerModels, fineClasses, maxSentenceTokens);
    }

    /** The same settings with the failure-injection test hook set. */
    public StageSettings failingFirstAttemptOf(String sourceId) {
        return new StageSettings(nerModels, fineClasses, maxSentenceTokens, cacheFolder, sourceId);
    }

    private static CoreNlpConfig coreNlp(String nerModels, String fineClasses, int maxSentenceTokens) {
        return new CoreNlpConfig(CoreNlpConfig.NerModels.valueOf(nerModels), CoreNlpConfig.FineClasses.valueOf(fineClasses),
                maxSentenceTokens);
    }
}
