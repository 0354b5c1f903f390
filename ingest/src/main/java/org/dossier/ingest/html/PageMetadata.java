package org.dossier.ingest.html;

import java.util.List;

/**
 * What a page says about itself. Every field is null (or an empty list) when the page does not say.
 *
 * @param published ISO-8601: a date-time with offset when the page gives one, else a date
 * @param articleBody the JSON-LD {@code articleBody}, which {@link ArticleTextChooser} may prefer to the layout
 */
public record PageMetadata(
        String title,
        List<String> authors,
        String published,
        String outlet,
        String language,
        String canonicalUrl,
        String articleBody) {

    public PageMetadata {
        authors = List.copyOf(authors);
    }
}
