package org.dossier.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing through a temporary file, and cleaning up after a writer that was killed. */
class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesTheContentAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("dossier.json");
        AtomicFiles.write(target, "{}");
        assertThat(target).hasContent("{}");
        assertThat(names()).containsExactly("dossier.json");
    }

    @Test
    void removesTheTemporaryFilesAKilledWriterLeftBesideTheTarget() throws IOException {
        Files.writeString(dir.resolve(".dossier.json8123456789012345.tmp"), "{\"half");
        Files.writeString(dir.resolve(".dossier.md42.tmp"), "# half");
        AtomicFiles.writeAll(Map.of(dir.resolve("dossier.json"), "{}", dir.resolve("dossier.md"), "# whole"), AtomicFiles.DURABLE);
        assertThat(names()).containsExactlyInAnyOrder("dossier.json", "dossier.md");
    }

    @Test
    void leavesOtherFilesThatOnlyLookAlikeAlone() throws IOException {
        Files.writeString(dir.resolve(".dossier.json.notes.tmp"), "mine");
        Files.writeString(dir.resolve("dossier.json1.tmp"), "not hidden");
        AtomicFiles.write(dir.resolve("dossier.json"), "{}");
        assertThat(names()).containsExactlyInAnyOrder("dossier.json", ".dossier.json.notes.tmp", "dossier.json1.tmp");
    }

    private java.util.List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
