package org.dossier.ingest;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Finds the shared data folder for tests; a test that needs it is skipped when it is absent. */
public final class SharedData {

    private SharedData() {
    }

    /** The shared folder: system property {@code dossier.shared}, else {@code ../../shared}, else {@code /work/shared}. */
    public static Path folder() {
        Stream<String> candidates = Stream.of(System.getProperty("dossier.shared"), "../../shared", "/work/shared");
        return candidates.filter(c -> c != null && !c.isBlank() && !c.contains("${"))
                .map(Path::of)
                .filter(Files::isDirectory)
                .findFirst()
                .orElse(null);
    }

    /** A path inside the shared folder; skips the calling test when it does not exist. */
    public static Path require(String relative) {
        Path shared = folder();
        assumeTrue(shared != null, "shared data folder not found");
        Path path = shared.resolve(relative);
        assumeTrue(Files.exists(path), "shared data not found: " + path);
        return path;
    }
}
