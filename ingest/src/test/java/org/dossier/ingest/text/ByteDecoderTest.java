package org.dossier.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ByteDecoderTest {

    @Test
    void decodesUtf8AndStripsTheBom() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Japan’s “golden age”".getBytes(StandardCharsets.UTF_8));
        DecodedText decoded = ByteDecoder.decode(bytes);
        assertThat(decoded.text()).isEqualTo("Japan’s “golden age”");
        assertThat(decoded.rejection()).isNull();
        assertThat(decoded.warnings()).isEmpty();
    }

    @Test
    void decodesUtf16WithABom() {
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Ishiba’s visit".getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "Ishiba’s visit".getBytes(StandardCharsets.UTF_16BE));
        assertThat(ByteDecoder.decode(le).text()).isEqualTo("Ishiba’s visit");
        assertThat(ByteDecoder.decode(be).text()).isEqualTo("Ishiba’s visit");
        assertThat(ByteDecoder.decode(le).warnings()).containsExactly("decoded as UTF-16LE (byte order mark)");
    }

    @Test
    void replacesInvalidBytesWithAWarning() {
        byte[] bytes = concat("caf".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE9},
                " in the city centre".getBytes(StandardCharsets.UTF_8));
        DecodedText decoded = ByteDecoder.decode(bytes);
        assertThat(decoded.text()).isEqualTo("caf\uFFFD in the city centre");
        assertThat(decoded.warnings()).containsExactly("1 invalid UTF-8 byte sequence(s) replaced with U+FFFD");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = "=>", value = {
        "255044462D312E34    => binary content (PDF signature)",
        "89504E470D0A1A0A    => binary content (PNG signature)",
        "504B030414000000    => binary content (ZIP signature)",
        "48656C6C6F00576F    => binary content (NUL byte at offset 5)",
        "0102030405060708    => binary content (8 control characters in 8)",
    })
    void rejectsBinaryContent(String hex, String reason) {
        assertThat(ByteDecoder.decode(hex(hex)).rejection()).isEqualTo(reason);
    }

    @Test
    void rejectsEmptyInput() {
        assertThat(ByteDecoder.decode(new byte[0]).rejection()).isEqualTo("empty input");
    }

    private static byte[] hex(String hex) {
        byte[] out = new byte[hex.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
