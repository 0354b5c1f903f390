package org.dossier.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.dossier.model.Phase;
import org.dossier.model.Source;
import org.dossier.model.nlp.AnnotatedDocument;
import org.dossier.model.nlp.Sentence;
import org.dossier.model.nlp.Span;
import org.dossier.model.nlp.Token;

/**
 * Damaged cache entries: a flipped bit, a cut-off file or an entry of the old format reads as a miss, never as a
 * different annotation.
 */
class AnnotationCacheTest {

    private static final Source SOURCE = new Source("a", null, null, null, null, null, false, "en", Phase.UNKNOWN,
            "Ishiba met Trump in Washington.", List.of(), List.of());
    private static final AnnotatedDocument DOCUMENT = new AnnotatedDocument(SOURCE, "2025-02-07",
            List.of(new Token(0, 6, "Ishiba", "NNP", "Ishiba", "PERSON"), new Token(7, 10, "met", "VBD", "meet", "O"),
                    new Token(11, 16, "Trump", "NNP", "Trump", "PERSON")),
            List.of(new Sentence(0, 0, 31, 0, 3)),
            List.of(new Span("PERSON", "PERSON", 0, 6, "Ishiba", 0, null), new Span("PERSON", "PERSON", 11, 16, "Trump", 0, null)));
    private static final String KEY = AnnotationCache.key("fake", SOURCE, "2025-02-07");

    private Path dir;
    private AnnotationCache cache;
    private byte[] entry;

    @BeforeProperty
    void writeOneEntry() throws IOException {
        dir = Files.createTempDirectory("cache-test");
        cache = new AnnotationCache(dir);
        cache.put(KEY, DOCUMENT);
        entry = Files.readAllBytes(cache.file(KEY));
    }

    @AfterProperty
    void removeTheCache() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    @net.jqwik.api.Example
    void anIntactEntryReadsBack() {
        assertThat(cache.get(KEY, SOURCE, "2025-02-07")).contains(DOCUMENT);
    }

    @Property(tries = 300)
    void aFlippedBitInThePayloadIsAMiss(@ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double where,
            @ForAll @IntRange(min = 0, max = 7) int bit) throws IOException {
        byte[] plain = gunzip(entry);
        plain[(int) (where * plain.length)] ^= (byte) (1 << bit);
        Files.write(cache.file(KEY), gzip(plain));

        assertThat(cache.get(KEY, SOURCE, "2025-02-07")).isEmpty();
    }

    @Property(tries = 300)
    void aFlippedBitInTheFileIsAMissOrTheSameAnnotation(@ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double where,
            @ForAll @IntRange(min = 0, max = 7) int bit) throws IOException {
        byte[] damaged = entry.clone();
        damaged[(int) (where * damaged.length)] ^= (byte) (1 << bit);
        Files.write(cache.file(KEY), damaged);

        assertThat(cache.get(KEY, SOURCE, "2025-02-07")).satisfiesAnyOf(
                found -> assertThat(found).isEmpty(), found -> assertThat(found).contains(DOCUMENT));
    }

    @Property(tries = 200)
    void anEntryCutAnywhereIsAMiss(@ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double where) throws IOException {
        byte[] plain = gunzip(entry);
        Files.write(cache.file(KEY), gzip(Arrays.copyOf(plain, (int) (where * plain.length))));

        assertThat(cache.get(KEY, SOURCE, "2025-02-07")).isEmpty();
    }

    @net.jqwik.api.Example
    void anEntryOfTheOldFormatWithoutAChecksumIsAMiss() throws IOException {
        byte[] plain = gunzip(entry);
        String text = new String(plain, StandardCharsets.UTF_8);
        Files.write(cache.file(KEY), gzip(text.substring(text.indexOf('\n') + 1).getBytes(StandardCharsets.UTF_8)));

        assertThat(cache.get(KEY, SOURCE, "2025-02-07")).isEmpty();
    }

    @net.jqwik.api.Example
    void theHeaderNamesTheFormatTheKeyAndTheChecksum() throws IOException {
        String header = new String(gunzip(entry), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();

        assertThat(header).matches(AnnotationCache.FORMAT + " " + KEY + " [0-9a-f]{64}");
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }
}
