package org.dossier.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the files the benchmarks read: the repository's examples, and the shared data folder (system property
 * {@code dossier.shared}, else {@code ../shared} next to the repository, which the benchmarks are run from).
 */
public final class BenchData {

    /** A median-size page (24 kB gzipped) of the article-extraction benchmark's dev half. */
    public static final String PAGE = "data/article-extraction-dev/html/"
            + "9cb8224b660f36c932823ab613fb76a07928fcbc41956c4c1f96f4ecab9202aa.html.gz";
    /** The first article of the example corpus, as plain text. */
    public static final String TEXT = "examples/ishiba-2025/000_a84836fc9bfae287.txt";

    private BenchData() {
    }

    /** The shared data folder, or null when it is absent. */
    public static Path shared() {
        Path p = Path.of(System.getProperty("dossier.shared", "../shared"));
        return Files.isDirectory(p) ? p : null;
    }

    /** A file inside the shared folder; fails with the path it looked for when absent. */
    public static Path sharedFile(String relative) {
        Path shared = shared();
        Path file = shared == null ? null : shared.resolve(relative);
        if (file == null || !Files.isRegularFile(file)) {
            throw new IllegalStateException("benchmark data not found: " + relative + " under "
                    + System.getProperty("dossier.shared", "../shared") + " (set -Ddossier.shared)");
        }
        return file;
    }

    /** A file of the repository; run the benchmarks from the repository root. */
    public static Path repoFile(String relative) {
        Path file = Path.of(System.getProperty("dossier.root", ".")).resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("benchmark data not found: " + file + " (run from the repository root)");
        }
        return file;
    }
}
