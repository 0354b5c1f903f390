package org.dossier.ingest.html;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dossier.ingest.text.DecodedText;

/**
 * Turns page bytes into a string: unpacks gzip, refuses binary files, and decodes with the charset
 * {@link CharsetSniffer} picks. Invalid byte sequences become U+FFFD and are counted in a warning, never an error.
 */
public final class HtmlDecoder {

    /** Share of replaced or control characters above which the bytes are not an HTML page. */
    public static final double MAX_BAD_RATIO = 0.1;

    private static final byte[][] SIGNATURES = {
        {'%', 'P', 'D', 'F'}, {(byte) 0x89, 'P', 'N', 'G'}, {'P', 'K', 3, 4}, {'G', 'I', 'F', '8'},
        {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, {0x7F, 'E', 'L', 'F'}, {'B', 'Z', 'h'},
        {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, {'R', 'I', 'F', 'F'}, {'7', 'z', (byte) 0xBC, (byte) 0xAF},
        {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE}, {'I', 'D', '3'}, {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD}
    };
    private static final String[] SIGNATURE_NAMES = {
        "PDF", "PNG", "ZIP", "GIF", "JPEG", "ELF", "bzip2", "MS Office", "RIFF", "7z", "class file", "MP3", "zstd"
    };

    private HtmlDecoder() {
    }

    /**
     * Decodes page bytes, or says in {@link DecodedText#rejection()} why they are not a page.
     *
     * @param maxBytes the most (unpacked) bytes read; the rest is ignored with a warning
     */
    public static DecodedText decode(byte[] content, int maxBytes) {
        return decode(content, maxBytes, null);
    }

    /**
     * Decodes page bytes that came with a transport charset (an HTTP header), which wins over one the page declares.
     *
     * @param headerCharset the charset label of the Content-Type header, or null
     */
    public static DecodedText decode(byte[] content, int maxBytes, String headerCharset) {
        List<String> warnings = new ArrayList<>();
        if (content == null || content.length == 0) {
            return new DecodedText("", warnings, "empty input");
        }
        GzipUnpacker.Unpacked unpacked = GzipUnpacker.unpack(content, maxBytes);
        if (unpacked.warning() != null) {
            warnings.add(unpacked.warning());
        }
        byte[] bytes = unpacked.bytes();
        if (bytes.length > maxBytes) {
            warnings.add("page larger than " + maxBytes + " bytes; the rest was ignored");
            bytes = java.util.Arrays.copyOf(bytes, maxBytes);
        }
        if (bytes.length == 0) {
            return new DecodedText("", warnings, "empty input");
        }
        for (int s = 0; s < SIGNATURES.length; s++) {
            if (startsWith(bytes, SIGNATURES[s])) {
                return new DecodedText("", warnings, "binary content (" + SIGNATURE_NAMES[s] + " signature)");
            }
        }
        CharsetSniffer.Sniffed sniffed = CharsetSniffer.sniff(bytes, headerCharset);
        Charset charset = sniffed.charset();
        if (!isUtf16(charset)) {
            int nul = indexOfNul(bytes);
            if (nul >= 0) {
                return new DecodedText("", warnings, "binary content (NUL byte at offset " + nul + ")");
            }
        }
        int skip = sniffed.bomLength();
        boolean clean = CharsetSniffer.decodesStrictly(
                skip == 0 ? bytes : java.util.Arrays.copyOfRange(bytes, skip, bytes.length), charset);
        String text = new String(bytes, skip, bytes.length - skip, charset);
        long bad = text.chars().filter(c -> c == '\uFFFD' || isControl(c)).count();
        if (bad > MAX_BAD_RATIO * Math.max(1, text.length())) {
            return new DecodedText("", warnings, "binary content (" + bad + " invalid or control characters in "
                    + text.length() + ")");
        }
        if (!clean) {
            long replaced = text.chars().filter(c -> c == '\uFFFD').count();
            warnings.add(replaced + " invalid " + charset.name() + " byte sequence(s) replaced with U+FFFD");
        }
        if (!charset.equals(StandardCharsets.UTF_8) && !"declared".equals(sniffed.how()) && !"header".equals(sniffed.how())) {
            warnings.add("decoded as " + charset.name() + " (" + (skip > 0 ? "byte order mark" : "not valid UTF-8")
                    + ")");
        }
        return new DecodedText(text, warnings, null);
    }

    private static boolean isUtf16(Charset charset) {
        return charset.name().startsWith("UTF-16");
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isControl(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f';
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
