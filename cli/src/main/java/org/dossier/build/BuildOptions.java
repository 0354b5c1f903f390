package org.dossier.build;

import java.nio.file.Path;
import java.util.List;

/**
 * What to build and where.
 *
 * @param inputs files and folders of articles (folders are read recursively)
 * @param output the folder that receives dossier.json, dossier.md and index.html
 * @param cache the annotation cache folder
 * @param threads how many documents are annotated at once
 */
public record BuildOptions(List<Path> inputs, Path output, Path cache, int threads) {

    public static final int DEFAULT_THREADS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

    public BuildOptions {
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input given");
        }
        if (threads < 1 || threads > 64) {
            throw new IllegalArgumentException("threads must be between 1 and 64, was " + threads);
        }
    }
}
