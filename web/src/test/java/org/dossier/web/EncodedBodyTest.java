package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class EncodedBodyTest {

    private static final byte[] LONG = "{\"text\":\"The leaders met in Washington.\"}".repeat(100).getBytes(StandardCharsets.UTF_8);

    @Test
    void compressesLongBodiesOnceAndTheCompressedBytesInflateToThePlainOnes() throws IOException {
        EncodedBody body = EncodedBody.of(LONG, "application/json");
        assertThat(body.gzip()).isNotNull();
        assertThat(body.gzip().length).isLessThan(LONG.length / 10);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body.gzip()))) {
            assertThat(in.readAllBytes()).isEqualTo(LONG);
        }
    }

    @Test
    void sendsBodiesShorterThanAPacketAsTheyAre() {
        assertThat(EncodedBody.of("{}".getBytes(StandardCharsets.UTF_8), "application/json").gzip()).isNull();
    }

    @Test
    void theTagFollowsTheContentAndTheCompressedBodyHasItsOwn() {
        EncodedBody a = EncodedBody.of(LONG, "application/json");
        assertThat(a.etag()).matches("\"[0-9a-f]{32}\"");
        assertThat(EncodedBody.of(LONG.clone(), "application/json").etag()).isEqualTo(a.etag());
        assertThat(EncodedBody.of("{}".getBytes(StandardCharsets.UTF_8), "application/json").etag()).isNotEqualTo(a.etag());
        assertThat(a.gzipEtag()).isEqualTo(a.etag().substring(0, 33) + "-gz\"");
    }

    @Test
    void ifNoneMatchNamesTheBodyByEitherTagWeakOrStrongInAListOrByStar() {
        EncodedBody body = EncodedBody.of(LONG, "application/json");
        assertThat(body.matches(body.etag())).isTrue();
        assertThat(body.matches(body.gzipEtag())).isTrue();
        assertThat(body.matches("W/" + body.etag())).isTrue();
        assertThat(body.matches("\"other\", " + body.etag())).isTrue();
        assertThat(body.matches("*")).isTrue();
        assertThat(body.matches("\"other\"")).isFalse();
        assertThat(body.matches(null)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "gzip, deflate, br, zstd | true",
        "GZIP | true",
        "x-gzip | true",
        "br;q=1.0, gzip;q=0.8 | true",
        "* | true",
        "gzip;q=0 | false",
        "gzip; q=0.000, deflate | false",
        "gzip;q=0, * | false",
        "*;q=0 | false",
        "deflate, br | false",
        "identity | false",
        "'' | false",
        "null | false"})
    void acceptsGzipWhenListedWithoutQualityZero(String acceptEncoding, boolean expected) {
        assertThat(EncodedBody.acceptsGzip(acceptEncoding)).isEqualTo(expected);
    }
}
