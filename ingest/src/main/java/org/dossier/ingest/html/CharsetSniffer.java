package org.dossier.ingest.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks the charset of an HTML page, in order: byte order mark, the charset of the HTTP Content-Type header (when
 * the page came over HTTP and the label is known), a charset declared in the first bytes
 * ({@code <meta charset>}, {@code http-equiv} Content-Type, XML declaration), then the content itself: strict UTF-8,
 * else Shift_JIS or EUC-JP when the bytes decode cleanly as one of them, else Windows-1252.
 */
public final class CharsetSniffer {

    /** How many leading bytes are searched for a declaration. */
    public static final int PRESCAN_BYTES = 8192;

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);

    /**
     * The chosen charset and why.
     *
     * @param bomLength bytes of byte order mark to skip
     * @param how one of {@code bom}, {@code header}, {@code declared}, {@code content}
     */
    public record Sniffed(Charset charset, int bomLength, String how) {
    }

    private CharsetSniffer() {
    }

    /** Sniffs the charset of page bytes that came without a transport charset. */
    public static Sniffed sniff(byte[] bytes) {
        return sniff(bytes, null);
    }

    /**
     * Sniffs the charset of page bytes.
     *
     * @param headerCharset the charset label of the HTTP Content-Type header, or null
     */
    public static Sniffed sniff(byte[] bytes, String headerCharset) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Sniffed(StandardCharsets.UTF_8, 3, "bom");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Sniffed(StandardCharsets.UTF_16BE, 2, "bom");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Sniffed(StandardCharsets.UTF_16LE, 2, "bom");
        }
        Charset header = headerCharset == null ? null : forName(headerCharset);
        if (header != null) {
            return new Sniffed(header, 0, "header");
        }
        Charset declared = declared(bytes);
        if (declared != null) {
            return new Sniffed(declared, 0, "declared");
        }
        return new Sniffed(fromContent(bytes), 0, "content");
    }

    /** The charset a page declares in its first bytes, or null when none is declared or it is unknown. */
    static Charset declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher meta = META_CHARSET.matcher(head);
        String name = meta.find() ? meta.group(1) : null;
        if (name == null) {
            Matcher xml = XML_ENCODING.matcher(head);
            name = xml.find() ? xml.group(1) : null;
        }
        return name == null ? null : forName(name);
    }

    /** A charset by its label, with the WHATWG aliases that matter (Latin-1 and ASCII labels mean Windows-1252). */
    static Charset forName(String label) {
        String name = label.trim().toLowerCase(Locale.ROOT);
        switch (name) {
            case "iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii", "iso8859-1", "cp1252" -> name = "windows-1252";
            case "x-sjis", "sjis", "shift-jis", "ms932", "windows-31j" -> name = "windows-31j";
            case "shift_jis" -> name = "windows-31j";
            case "utf8" -> name = "utf-8";
            case "gb2312", "gbk" -> name = "gb18030";
            default -> {
            }
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static Charset fromContent(byte[] bytes) {
        if (decodesStrictly(bytes, StandardCharsets.UTF_8)) {
            return StandardCharsets.UTF_8;
        }
        for (String japanese : new String[] {"EUC-JP", "windows-31j"}) {
            Charset charset = Charset.forName(japanese);
            if (decodesStrictly(bytes, charset) && mostlyJapanese(new String(bytes, charset))) {
                return charset;
            }
        }
        return Charset.forName("windows-1252");
    }

    private static boolean mostlyJapanese(String text) {
        long nonAscii = text.chars().filter(c -> c > 0x7F).count();
        long japanese = text.chars().filter(c -> (c >= 0x3040 && c <= 0x30FF) || (c >= 0x4E00 && c <= 0x9FFF)
                || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF)).count();
        return nonAscii > 0 && japanese >= 0.8 * nonAscii;
    }

    static boolean decodesStrictly(byte[] bytes, Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
