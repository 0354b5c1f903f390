package org.dossier.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.dossier.ingest.feed.FeedSplitter;
import org.dossier.ingest.feed.LinkLoader;
import org.dossier.ingest.jsonl.JsonLinesSplitter;

/**
 * Splits feeds and JSON Lines files into their articles, recognised by stated media type, file name
 * ({@code .rss}, {@code .atom}, {@code .xml}; {@code .jsonl}, {@code .ndjson}) or, for input without a name, by
 * their first bytes; any other input is one article, passed through unchanged. Thread-safe.
 */
public final class FormatDetectingSplitter implements InputSplitter {

    /** What kind of container an input is. */
    public enum Kind { FEED, JSON_LINES, ARTICLE }

    private final InputSplitter feeds;
    private final InputSplitter jsonLines;

    /** Feed items may link to local pages beside the feed, read up to {@code maxLinkedBytes} each. */
    public FormatDetectingSplitter(long maxLinkedBytes) {
        this(new FeedSplitter(LinkLoader.besideTheFeed(maxLinkedBytes)), new JsonLinesSplitter());
    }

    public FormatDetectingSplitter(InputSplitter feeds, InputSplitter jsonLines) {
        this.feeds = feeds;
        this.jsonLines = jsonLines;
    }

    @Override
    public Split split(RawInput input) {
        return switch (kind(input)) {
            case FEED -> feeds.split(input);
            case JSON_LINES -> jsonLines.split(input);
            case ARTICLE -> new Split(List.of(input), List.of());
        };
    }

    /** The kind of an input by its media type, else its name, else (no name or an unknown one) its first bytes. */
    public static Kind kind(RawInput input) {
        String media = input.given().mediaType();
        if (media != null) {
            if (media.equals("application/rss+xml") || media.equals("application/atom+xml")
                    || media.equals("application/rdf+xml")) {
                return Kind.FEED;
            }
            if (media.equals("application/x-ndjson") || media.equals("application/jsonl")
                    || media.equals("application/x-jsonlines") || media.equals("application/jsonlines")) {
                return Kind.JSON_LINES;
            }
            if (media.startsWith("text/html") || media.equals("text/plain") || media.equals("application/xhtml+xml")) {
                return Kind.ARTICLE;
            }
        }
        String name = input.uri() == null ? "" : lastSegment(input.uri());
        if (name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".xml")) {
            return Kind.FEED;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Kind.JSON_LINES;
        }
        if (name.endsWith(".txt") || name.endsWith(".text") || name.endsWith(".html") || name.endsWith(".htm")
                || name.endsWith(".xhtml") || name.endsWith(".gz")) {
            return Kind.ARTICLE;
        }
        String head = new String(input.content(), 0, Math.min(input.content().length, 4096), StandardCharsets.UTF_8);
        if (FeedSplitter.looksLikeFeed(head)) {
            return Kind.FEED;
        }
        String first = head.startsWith("\uFEFF") ? head.substring(1).stripLeading() : head.stripLeading();
        if (first.startsWith("{") && (first.contains("\"text\"") || first.contains("\"html\""))) {
            return Kind.JSON_LINES;
        }
        return Kind.ARTICLE;
    }

    private static String lastSegment(String uri) {
        String u = uri.toLowerCase(Locale.ROOT);
        int q = u.indexOf('?');
        if (q >= 0) {
            u = u.substring(0, q);
        }
        int slash = u.lastIndexOf('/');
        return slash >= 0 ? u.substring(slash + 1) : u;
    }
}
