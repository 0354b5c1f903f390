package org.dossier.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScalingCorpusTest {

    @TempDir
    Path dir;

    private Path originals() throws IOException {
        Path from = Files.createDirectories(dir.resolve("from"));
        Files.writeString(from.resolve("b.txt"), "Second article.");
        Files.writeString(from.resolve("a.txt"), "First article.");
        Files.writeString(from.resolve("c.txt"), "Third article.");
        return from;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aSmallerCorpusIsTheFirstArticlesInNameOrder() throws IOException {
        ScalingCorpus.write(originals(), dir.resolve("to"), 2);
        assertThat(names(dir.resolve("to"))).containsExactly("c00-a.txt", "c00-b.txt");
    }

    @Test
    void aLargerCorpusRepeatsEveryArticleByteForByteBeforeRepeatingAny() throws IOException {
        ScalingCorpus.write(originals(), dir.resolve("to"), 7);
        assertThat(names(dir.resolve("to"))).containsExactly("c00-a.txt", "c00-b.txt", "c00-c.txt", "c01-a.txt",
                "c01-b.txt", "c01-c.txt", "c02-a.txt");
        assertThat(Files.readString(dir.resolve("to/c02-a.txt"))).isEqualTo("First article.");
    }

    @Test
    void refusesAFolderThatAlreadyHoldsArticles() throws IOException {
        Path to = Files.createDirectories(dir.resolve("to"));
        Files.writeString(to.resolve("old.txt"), "x");
        assertThatThrownBy(() -> ScalingCorpus.write(originals(), to, 2)).hasMessageContaining("is not empty");
    }
}
