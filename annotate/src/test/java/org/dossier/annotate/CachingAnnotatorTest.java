package org.dossier.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dossier.model.Phase;
import org.dossier.model.Source;
import org.dossier.model.nlp.AnnotatedDocument;
import org.dossier.model.nlp.Sentence;
import org.dossier.model.nlp.Span;
import org.dossier.model.nlp.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachingAnnotatorTest {

    @TempDir
    Path dir;

    private static final Source SOURCE = new Source("a", null, null, null, null, null, false, "en", Phase.UNKNOWN,
            "Ishiba met Trump.", List.of(), List.of());

    /** A fake annotator that counts its calls and how often it was built. */
    private static final class Counting implements Annotator {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public AnnotatedDocument annotate(Source source, String referenceDate) {
            calls.incrementAndGet();
            return new AnnotatedDocument(source, referenceDate,
                    List.of(new Token(0, 6, "Ishiba", "NNP", "Ishiba", "PERSON")),
                    List.of(new Sentence(0, 0, 17, 0, 1)),
                    List.of(new Span("PERSON", "PERSON", 0, 6, "Ishiba", 0, null)));
        }

        @Override
        public String fingerprint() {
            return "fake";
        }
    }

    @Test
    void aSecondRunReadsTheCacheAndNeverBuildsTheAnnotator() {
        Counting first = new Counting();
        CachingAnnotator a = new CachingAnnotator("fake", () -> first, new AnnotationCache(dir));
        AnnotatedDocument annotated = a.annotate(SOURCE, "2025-02-07");

        AtomicInteger built = new AtomicInteger();
        CachingAnnotator b = new CachingAnnotator("fake", () -> {
            built.incrementAndGet();
            return new Counting();
        }, new AnnotationCache(dir));
        AnnotatedDocument again = b.annotate(SOURCE, "2025-02-07");

        assertThat(again).isEqualTo(annotated);
        assertThat(built.get()).isZero();
        assertThat(b.hits()).isEqualTo(1);
        assertThat(first.calls.get()).isEqualTo(1);
    }

    @Test
    void anotherReferenceDateOrConfigurationMissesTheCache() {
        Counting fake = new Counting();
        new CachingAnnotator("fake", () -> fake, new AnnotationCache(dir)).annotate(SOURCE, "2025-02-07");
        new CachingAnnotator("fake", () -> fake, new AnnotationCache(dir)).annotate(SOURCE, "2025-02-08");
        new CachingAnnotator("fake-2", () -> fake, new AnnotationCache(dir)).annotate(SOURCE, "2025-02-07");
        assertThat(fake.calls.get()).isEqualTo(3);
    }

    @Test
    void aCorruptEntryIsAMissNotACrash() throws IOException {
        Counting fake = new Counting();
        new CachingAnnotator("fake", () -> fake, new AnnotationCache(dir)).annotate(SOURCE, null);
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.write(p, new byte[] {31, -117, 8, 0, 1, 2, 3});
            }
        }
        CachingAnnotator again = new CachingAnnotator("fake", () -> fake, new AnnotationCache(dir));
        assertThat(again.annotate(SOURCE, null).tokens()).hasSize(1);
        assertThat(again.misses()).isEqualTo(1);
    }

    @Test
    void leavesNoTemporaryFilesBehind() throws IOException {
        new CachingAnnotator("fake", Counting::new, new AnnotationCache(dir)).annotate(SOURCE, null);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).allMatch(n -> n.endsWith(".json.gz"));
        }
    }
}
