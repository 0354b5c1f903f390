package org.dossier.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dossier.ingest.IngestException;
import org.dossier.ingest.RawInput;
import org.dossier.ingest.SourceReader;
import org.dossier.ingest.text.DatelineParser;
import org.dossier.ingest.text.DecodedText;
import org.dossier.ingest.text.LanguageGuesser;
import org.dossier.model.DroppedSpan;
import org.dossier.model.Phase;
import org.dossier.model.Source;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Reads a saved web page (plain or gzip-compressed HTML) into a {@link Source}: decodes it, keeps the main text, and
 * reads title, authors, date, outlet, language and canonical URL. {@link Source#dropped()} holds character ranges
 * into the decoded HTML string (see {@link MainTextExtractor}); {@link Source#author()} joins several authors with
 * {@code ", "}. Stateless and thread-safe.
 */
public final class HtmlReader implements SourceReader {

    /** The most (unpacked) bytes read from one page. */
    public static final int MAX_BYTES = 64 * 1024 * 1024;
    /** Pages larger than this are read but flagged. */
    public static final int LARGE_PAGE_BYTES = 8 * 1024 * 1024;
    /** Leading blocks searched for a dateline when the metadata has no date. */
    private static final int DATELINE_BLOCKS = 8;

    private final ArticleTextChooser chooser;

    /** A reader with the default extraction settings. */
    public HtmlReader() {
        this(ExtractionConfig.DEFAULT);
    }

    public HtmlReader(ExtractionConfig config) {
        this.chooser = new ArticleTextChooser(config);
    }

    @Override
    public Source read(RawInput input) throws IngestException {
        if (input == null) {
            throw new IllegalArgumentException("input must not be null");
        }
        String id = input.id();
        DecodedText decoded = HtmlDecoder.decode(input.content(), MAX_BYTES, input.given().charset());
        if (decoded.rejection() != null) {
            throw new IngestException(id, decoded.rejection());
        }
        String html = decoded.text();
        List<String> warnings = new ArrayList<>(decoded.warnings());
        warnings.addAll(shapeWarnings(html));
        Document document = parse(html, input.uri());
        PageMetadata metadata = MetadataReader.read(document, input.uri());
        MainText main = chooser.choose(document, metadata);
        if (main.blocks().isEmpty() || main.length() < chooser.config().minTextChars()) {
            throw new IngestException(id, "no article text found");
        }
        String text = main.text();
        String published = metadata.published() != null ? metadata.published() : dateline(main.blocks()).orElse(null);
        String language = metadata.language() != null ? metadata.language() : LanguageGuesser.guess(text);
        return new Source(
                id,
                metadata.canonicalUrl() != null ? metadata.canonicalUrl() : input.uri(),
                metadata.title(),
                metadata.outlet(),
                metadata.authors().isEmpty() ? null : String.join(", ", metadata.authors()),
                published,
                false,
                language,
                Phase.UNKNOWN,
                text,
                withinRaw(main.dropped(), html.length()),
                warnings);
    }

    /**
     * Dropped ranges clipped to the decoded page: the parser can place the end of an element cut off by the end of the
     * input one past the last character.
     */
    static List<DroppedSpan> withinRaw(List<DroppedSpan> dropped, int length) {
        List<DroppedSpan> out = new ArrayList<>(dropped.size());
        for (DroppedSpan d : dropped) {
            int start = Math.max(0, Math.min(d.start(), length));
            int end = Math.max(start, Math.min(d.end(), length));
            if (end > start) {
                out.add(new DroppedSpan(start, end, d.reason()));
            }
        }
        return out;
    }

    /** Parses decoded HTML with source positions tracked, as {@link MainTextExtractor} needs for dropped ranges. */
    public static Document parse(String html, String baseUri) {
        return Jsoup.parse(html, baseUri == null ? "" : baseUri, Parser.htmlParser().setTrackPosition(true));
    }

    /** Warnings about the shape of the markup: no body, no closing html tag, a very large page. */
    static List<String> shapeWarnings(String html) {
        List<String> warnings = new ArrayList<>();
        String tail = html.substring(Math.max(0, html.length() - 4096)).toLowerCase(Locale.ROOT);
        if (html.length() > LARGE_PAGE_BYTES) {
            warnings.add("large page (" + html.length() / (1024 * 1024) + " M characters)");
        }
        if (!containsIgnoreCase(html, "<body")) {
            warnings.add("no <body> element");
        }
        if (!tail.contains("</html") && !tail.contains("</body")) {
            warnings.add("HTML looks truncated (no closing </body> or </html>)");
        }
        return warnings;
    }

    private static boolean containsIgnoreCase(String html, String needle) {
        for (int i = 0; i + needle.length() <= html.length(); i++) {
            if (html.regionMatches(true, i, needle, 0, needle.length())) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> dateline(List<String> blocks) {
        for (int i = 0; i < Math.min(DATELINE_BLOCKS, blocks.size()); i++) {
            Optional<String> iso = DatelineParser.parse(blocks.get(i)).map(d -> d.iso());
            if (iso.isPresent()) {
                return iso;
            }
        }
        return Optional.empty();
    }
}
