package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.dossier.ingest.text.ByteDecoder;
import org.dossier.model.DroppedSpan;
import org.dossier.model.Source;

/**
 * Random and mutated bytes: the plain-text reader returns a source or refuses the input with an {@link IngestException},
 * never anything else, and its dropped spans index the decoded text.
 */
class PlainTextReaderPropertyTest {

    private static final String ARTICLE = """
            Share on Facebook
            Port Ellison approves flood barrier
            By Ana Ruiz, Harbour Times
            Published: March 3, 2025 10:14 a.m. ET

            Maria Delgado, the mayor of Port Ellison, announced that the city will build a flood barrier.
            "We cannot wait for the next storm," Delgado told reporters. It is expected to cost $42 million.

            Subscribe to our newsletter
            © 2025 Harbour Times. All rights reserved.
            """;

    private final PlainTextReader reader = new PlainTextReader();

    @Property(tries = 300)
    void randomBytesAreReadOrRefused(@ForAll @Size(max = 3000) byte[] bytes) {
        check(bytes);
    }

    @Property(tries = 300)
    void randomTextIsReadOrRefused(@ForAll("articleLikeText") String text) {
        check(text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 300)
    void mutatedArticlesAreReadOrRefused(@ForAll("mutations") List<Mutation> mutations) {
        byte[] bytes = ARTICLE.getBytes(StandardCharsets.UTF_8);
        for (Mutation m : mutations) {
            bytes = m.apply(bytes);
        }
        check(bytes);
    }

    private void check(byte[] bytes) {
        Source source;
        try {
            source = reader.read(new RawInput("doc", null, bytes));
        } catch (IngestException e) {
            assertThat(e.reason()).isNotBlank().doesNotContain("\n");
            return;
        }
        String decoded = ByteDecoder.decode(bytes).text();
        assertThat(source.text()).isNotNull();
        assertThat(source.text().length()).isLessThanOrEqualTo(decoded.length());
        for (DroppedSpan d : source.dropped()) {
            assertThat(d.start()).isBetween(0, d.end());
            assertThat(d.end()).isLessThanOrEqualTo(decoded.length());
            assertThat(d.reason()).isNotBlank();
        }
        assertThat(source.warnings()).allSatisfy(w -> assertThat(w).doesNotContain("\n"));
    }

    @Provide
    static Arbitrary<String> articleLikeText() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12),
                Arbitraries.of(" ", " ", "\n", "\n\n", "\r\n", "\t", ". ", ", ", "\"", "“", "”", "©", "|", "\u00A0", "\uFEFF",
                        "By ", "Published: ", "Updated ", "March 3, 2025", "2025-03-03T10:14:00Z", "Share on Facebook",
                        "Advertisement", "Subscribe", "Reuters", "東京", "Ärger", "\uD83D\uDE00", "\uD800", "\u0000", "\u0007"),
                Arbitraries.strings().ofMaxLength(6));
        return pieces.list().ofMaxSize(200).map(l -> String.join("", l));
    }

    /** One edit of a byte array: flip, insert or delete bytes at a position given as a fraction of the length. */
    record Mutation(int kind, double where, byte value, int length) {
        byte[] apply(byte[] in) {
            int at = (int) (where * in.length);
            return switch (kind) {
                case 0 -> {
                    byte[] out = in.clone();
                    if (out.length > 0) {
                        out[Math.min(at, out.length - 1)] ^= value == 0 ? 1 : value;
                    }
                    yield out;
                }
                case 1 -> {
                    byte[] out = new byte[in.length + length];
                    System.arraycopy(in, 0, out, 0, at);
                    java.util.Arrays.fill(out, at, at + length, value);
                    System.arraycopy(in, at, out, at + length, in.length - at);
                    yield out;
                }
                default -> {
                    int end = Math.min(in.length, at + length);
                    byte[] out = new byte[in.length - (end - at)];
                    System.arraycopy(in, 0, out, 0, at);
                    System.arraycopy(in, end, out, at, in.length - end);
                    yield out;
                }
            };
        }
    }

    @Provide
    static Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.doubles().between(0, 1), Arbitraries.bytes(), Arbitraries.integers().between(1, 40))
                .as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(8);
    }
}
