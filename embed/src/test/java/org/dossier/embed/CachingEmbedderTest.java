package org.dossier.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.reconcile.crosssource.SentenceEmbedder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachingEmbedderTest {

    @TempDir
    Path dir;

    /** Embeds a text as [length, first char] and records what it was asked. */
    private static final class Recording implements SentenceEmbedder {
        final List<String> asked = new ArrayList<>();

        @Override
        public float[][] embed(List<String> sentences) {
            asked.addAll(sentences);
            return sentences.stream().map(s -> new float[] {s.length(), s.isEmpty() ? 0 : s.charAt(0)}).toArray(float[][]::new);
        }
    }

    @Test
    void aSecondRunEmbedsOnlyTextsItHasNotSeen() {
        Path file = dir.resolve("vectors.bin");
        Recording first = new Recording();
        float[][] a = new CachingEmbedder(first, file).embed(List.of("alpha", "beta"));

        Recording second = new Recording();
        float[][] b = new CachingEmbedder(second, file).embed(List.of("beta", "gamma", "alpha"));

        assertThat(first.asked).containsExactly("alpha", "beta");
        assertThat(second.asked).containsExactly("gamma");
        assertThat(b[0]).containsExactly(a[1]);
        assertThat(b[2]).containsExactly(a[0]);
    }

    @Test
    void aCorruptFileIsTreatedAsEmpty() throws IOException {
        Path file = dir.resolve("vectors.bin");
        Files.write(file, new byte[] {31, -117, 8, 0, 9, 9, 9});
        Recording fake = new Recording();
        assertThat(new CachingEmbedder(fake, file).embed(List.of("x"))).hasDimensions(1, 2);
        assertThat(fake.asked).containsExactly("x");
    }

    @Test
    void repeatedTextsInOneCallAreEmbeddedOnce() {
        Recording fake = new Recording();
        new CachingEmbedder(fake, dir.resolve("v.bin")).embed(List.of("same", "same"));
        assertThat(fake.asked).containsExactly("same");
    }
}
