package org.dossier.ingest.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes article bytes: UTF-8 by default, UTF-16 when a byte order mark says so, the mark itself removed. Invalid
 * UTF-8 is replaced with U+FFFD and noted. Binary content (file signatures, NUL bytes, many control characters) is
 * rejected with a one-line reason instead of being decoded.
 */
public final class ByteDecoder {

    /** Share of control characters above which a text counts as binary. */
    public static final double MAX_CONTROL_RATIO = 0.05;
    /** Share of replaced characters above which the bytes are not UTF-8 text. */
    public static final double MAX_REPLACED_RATIO = 0.2;

    private static final byte[][] SIGNATURES = {
        {'%', 'P', 'D', 'F'}, {(byte) 0x89, 'P', 'N', 'G'}, {'P', 'K', 3, 4}, {'G', 'I', 'F', '8'},
        {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, {0x1F, (byte) 0x8B}, {0x7F, 'E', 'L', 'F'}, {'B', 'Z', 'h'},
        {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, {'R', 'I', 'F', 'F'}, {'7', 'z', (byte) 0xBC, (byte) 0xAF},
        {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE}, {'I', 'D', '3'}, {0, 0, 0}
    };
    private static final String[] SIGNATURE_NAMES = {
        "PDF", "PNG", "ZIP", "GIF", "JPEG", "gzip", "ELF", "bzip2", "MS Office", "RIFF", "7z", "class file", "MP3",
        "binary"
    };

    private ByteDecoder() {
    }

    /** Decodes the bytes, or explains why they are not text. */
    public static DecodedText decode(byte[] bytes) {
        List<String> warnings = new ArrayList<>();
        if (bytes == null || bytes.length == 0) {
            return new DecodedText("", warnings, "empty input");
        }
        for (int s = 0; s < SIGNATURES.length; s++) {
            if (startsWith(bytes, SIGNATURES[s])) {
                return new DecodedText("", warnings, "binary content (" + SIGNATURE_NAMES[s] + " signature)");
            }
        }
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (startsWith(bytes, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})) {
            skip = 3;
        } else if (startsWith(bytes, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xFE})) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        }
        if (charset == StandardCharsets.UTF_8) {
            for (int i = skip; i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    return new DecodedText("", warnings, "binary content (NUL byte at offset " + i + ")");
                }
            }
        }
        String text = decodeStrict(bytes, skip, charset);
        if (text == null) {
            text = new String(bytes, skip, bytes.length - skip, charset);
            long replaced = text.chars().filter(c -> c == '\uFFFD').count();
            if (replaced > MAX_REPLACED_RATIO * Math.max(1, text.length())) {
                return new DecodedText("", warnings, "not " + charset.name() + " text (" + replaced
                        + " invalid sequences in " + text.length() + " characters)");
            }
            warnings.add(replaced + " invalid " + charset.name() + " byte sequence(s) replaced with U+FFFD");
        }
        if (charset != StandardCharsets.UTF_8) {
            warnings.add("decoded as " + charset.name() + " (byte order mark)");
        }
        long control = text.chars().filter(ByteDecoder::isControl).count();
        if (control > MAX_CONTROL_RATIO * text.length()) {
            return new DecodedText("", warnings, "binary content (" + control + " control characters in "
                    + text.length() + ")");
        }
        if (control > 0) {
            warnings.add(control + " control character(s) in text");
        }
        return new DecodedText(text, warnings, null);
    }

    private static String decodeStrict(byte[] bytes, int skip, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static boolean isControl(int c) {
        return c == 0 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
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
