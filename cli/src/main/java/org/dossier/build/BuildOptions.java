package org.dossier.build;

import java.nio.file.Path;
import java.util.List;

/**
 * What to build and where.
 *
 * @param inputs files and folders of articles (folders are read recursively; {@code -} is standard input)
 * @param urls http(s) URLs of articles or feeds, fetched after the files
 * @param output the folder that receives dossier.json, dossier.md and index.html
 * @param cache the annotation cache folder
 * @param threads how many documents are annotated at once
 * @param allowPrivate whether URLs may point at loopback, private, link-local or multicast addresses
 */
public record BuildOptions(List<Path> inputs, List<String> urls, Path output, Path cache, int threads,
        boolean allowPrivate) {

    public static final int DEFAULT_THREADS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

    public BuildOptions {
        inputs = List.copyOf(inputs);
        urls = List.copyOf(urls);
        check(inputs, urls, threads);
    }

    /** The checks every build-like run shares: some input, and a thread count between 1 and 64. */
    static void check(List<Path> inputs, List<String> urls, int threads) {
        if (inputs.isEmpty() && urls.isEmpty()) {
            throw new IllegalArgumentException("no input given");
        }
        if (threads < 1 || threads > 64) {
            throw new IllegalArgumentException("threads must be between 1 and 64, was " + threads);
        }
    }

    /** Files and folders only. */
    public BuildOptions(List<Path> inputs, Path output, Path cache, int threads) {
        this(inputs, List.of(), output, cache, threads, false);
    }
}
