package org.dossier.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Where tests find the repository (system property {@code dossier.root}) and the shared folder ({@code dossier.shared}). */
final class TestData {

    private TestData() {
    }

    /** The repository root: {@code dossier.root}, else the nearest parent of the working folder that holds {@code examples/}. */
    static Path root() {
        String property = System.getProperty("dossier.root");
        if (usable(property) && Files.isDirectory(Path.of(property, "examples"))) {
            return Path.of(property);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("examples"))) {
                return p;
            }
        }
        throw new IllegalStateException("repository root not found: set -Ddossier.root");
    }

    /** The example corpus of five articles about Ishiba's February 2025 visit to Washington. */
    static Path ishibaExample() {
        return root().resolve("examples/ishiba-2025");
    }

    /** The gold file of the example; skips the calling test when the shared folder is absent. */
    static Path ishibaGold() {
        Path shared = Stream.of(System.getProperty("dossier.shared"), "/work/shared")
                .filter(TestData::usable).map(Path::of).filter(Files::isDirectory).findFirst().orElse(null);
        assumeTrue(shared != null, "shared folder not found (set -Ddossier.shared)");
        Path gold = shared.resolve("eval/ishiba-2025.gold.json");
        assumeTrue(Files.isRegularFile(gold), "gold file not found: " + gold);
        return gold;
    }

    private static boolean usable(String property) {
        return property != null && !property.isBlank() && !property.contains("${");
    }
}
