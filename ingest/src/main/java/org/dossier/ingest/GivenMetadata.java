package org.dossier.ingest;

import java.util.List;
import java.util.Locale;
import org.dossier.model.Source;

/**
 * What the container of an article stated about it (a feed item, a JSON line, an HTTP response): it wins over what
 * the reader finds in the article itself. Every field is null (or empty) when not stated.
 *
 * @param contentType a media type with optional charset, e.g. {@code text/html; charset=Shift_JIS}
 * @param published ISO-8601, as {@link Source#published()}
 * @param url where the article lives (a link, a canonical URL)
 */
public record GivenMetadata(String contentType, String title, String published, List<String> authors, String url) {

    /** Nothing stated. */
    public static final GivenMetadata NONE = new GivenMetadata(null, null, null, List.of(), null);

    public GivenMetadata {
        authors = authors == null ? List.of() : authors.stream().filter(a -> a != null && !a.isBlank()).map(String::strip)
                .distinct().toList();
        title = blankToNull(title);
        published = blankToNull(published);
        url = blankToNull(url);
        contentType = blankToNull(contentType);
    }

    /** The media type without parameters, lower case, or null. */
    public String mediaType() {
        if (contentType == null) {
            return null;
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    /** The {@code charset} parameter of the content type, or null. */
    public String charset() {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                String v = p.substring(8).strip();
                return v.replace("\"", "").replace("'", "").isBlank() ? null : v.replace("\"", "").replace("'", "");
            }
        }
        return null;
    }

    /** The source with the stated title, date, authors and URL in place of what was read from the article. */
    public Source applyTo(Source s) {
        if (title == null && published == null && authors.isEmpty() && url == null) {
            return s;
        }
        return new Source(s.id(), url != null ? url : s.uri(), title != null ? title : s.title(), s.outlet(),
                authors.isEmpty() ? s.author() : String.join(", ", authors), published != null ? published : s.published(),
                published == null && s.publishedInferred(), s.language(), s.phase(), s.text(), s.dropped(), s.warnings(),
                s.duplicateOf());
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }
}
