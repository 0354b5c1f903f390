package org.dossier.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.dossier.ingest.html.HtmlReader;
import org.dossier.model.Source;

/**
 * Reads any supported article: HTML (also gzipped) by its stated media type, its name or its first bytes, anything
 * else as plain text; then puts in what the input's container stated ({@link GivenMetadata}). Thread-safe.
 */
public final class FormatDetectingReader implements SourceReader {

    private final SourceReader html;
    private final SourceReader text;

    public FormatDetectingReader() {
        this(new HtmlReader(), new PlainTextReader());
    }

    public FormatDetectingReader(SourceReader html, SourceReader text) {
        this.html = html;
        this.text = text;
    }

    @Override
    public Source read(RawInput input) throws IngestException {
        Source source = isHtml(input) ? html.read(input) : text.read(input);
        return input.given().applyTo(source);
    }

    /** HTML by stated media type, by file name ({@code .html}, {@code .htm}, also gzipped), by gzip magic, or by a leading tag. */
    static boolean isHtml(RawInput input) {
        String media = input.given().mediaType();
        if (media != null && (media.equals("text/html") || media.equals("application/xhtml+xml"))) {
            return true;
        }
        if (media != null && media.equals("text/plain")) {
            return false;
        }
        String uri = input.uri() == null ? "" : input.uri().toLowerCase(Locale.ROOT);
        if (uri.endsWith(".html") || uri.endsWith(".htm") || uri.endsWith(".xhtml") || uri.endsWith(".html.gz")
                || uri.endsWith(".htm.gz")) {
            return true;
        }
        byte[] b = input.content();
        if (b.length >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b) {
            return true;
        }
        String head = new String(b, 0, Math.min(b.length, 512), StandardCharsets.ISO_8859_1).stripLeading()
                .replace("\u00ef\u00bb\u00bf", "").toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml") && head.contains("<html");
    }
}
