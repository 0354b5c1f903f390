package org.dossier.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's own metadata. Each field takes the first source that has it, in this order: JSON-LD article, then
 * OpenGraph and {@code article:} properties, then plain {@code <meta>} names, then the markup ({@code <title>},
 * {@code <time datetime>}, {@code <link rel=canonical>}, {@code <html lang>}), then the URL.
 */
public final class MetadataReader {

    private MetadataReader() {
    }

    /**
     * Reads the metadata of a parsed page.
     *
     * @param url where the page came from, used for a date in its path; may be null
     */
    public static PageMetadata read(Document document, String url) {
        Optional<JsonNode> article = JsonLdArticle.find(document);
        String title = first(article.map(a -> JsonLdArticle.text(a, "headline")).orElse(null),
                meta(document, "og:title"), meta(document, "twitter:title"), document.title());
        List<String> authors = article.map(a -> JsonLdArticle.names(a, "author")).orElse(List.of());
        if (authors.isEmpty()) {
            authors = metaAll(document, "author", "article:author", "dc.creator", "byl", "sailthru.author");
        }
        String published = firstDate(
                article.map(a -> JsonLdArticle.text(a, "datePublished")).orElse(null),
                meta(document, "article:published_time"), meta(document, "og:published_time"),
                meta(document, "datePublished"), meta(document, "pubdate"), meta(document, "publishdate"),
                meta(document, "date"), meta(document, "dc.date"), meta(document, "dc.date.issued"),
                meta(document, "sailthru.date"), meta(document, "parsely-pub-date"),
                attr(document.selectFirst("time[datetime]"), "datetime"),
                article.map(a -> JsonLdArticle.text(a, "dateCreated")).orElse(null));
        String canonical = first(attr(document.selectFirst("link[rel=canonical]"), "abs:href"),
                attr(document.selectFirst("link[rel=canonical]"), "href"), meta(document, "og:url"));
        if (published == null) {
            published = DateValues.fromUrl(canonical).or(() -> DateValues.fromUrl(url)).orElse(null);
        }
        String outlet = first(meta(document, "og:site_name"),
                article.map(a -> JsonLdArticle.text(a, "publisher")).orElse(null),
                meta(document, "application-name"), meta(document, "twitter:site"));
        String language = language(first(attr(document.selectFirst("html[lang]"), "lang"),
                meta(document, "og:locale"), meta(document, "content-language"), meta(document, "language"),
                article.map(a -> JsonLdArticle.text(a, "inLanguage")).orElse(null)));
        String body = article.map(a -> JsonLdArticle.text(a, "articleBody")).orElse(null);
        return new PageMetadata(title, authors, published, outlet, language, canonical, body);
    }

    /** The primary language subtag, lower-cased ({@code en-US} and {@code en_US} give {@code en}), or null. */
    static String language(String tag) {
        if (tag == null) {
            return null;
        }
        String primary = tag.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? primary : null;
    }

    private static String meta(Document document, String name) {
        for (Element meta : document.select("meta")) {
            if (name.equalsIgnoreCase(meta.attr("property")) || name.equalsIgnoreCase(meta.attr("name"))
                    || name.equalsIgnoreCase(meta.attr("itemprop")) || name.equalsIgnoreCase(meta.attr("http-equiv"))) {
                String content = meta.attr("content").strip();
                if (!content.isEmpty()) {
                    return content;
                }
            }
        }
        return null;
    }

    private static List<String> metaAll(Document document, String... names) {
        List<String> values = new ArrayList<>();
        for (Element meta : document.select("meta[content]")) {
            for (String name : names) {
                if (name.equalsIgnoreCase(meta.attr("name")) || name.equalsIgnoreCase(meta.attr("property"))) {
                    String content = meta.attr("content").strip();
                    if (!content.isEmpty() && !content.startsWith("http") && !values.contains(content)) {
                        values.add(content);
                    }
                }
            }
        }
        return values;
    }

    private static String attr(Element element, String name) {
        if (element == null) {
            return null;
        }
        String value = element.attr(name).strip();
        return value.isEmpty() ? null : value;
    }

    private static String firstDate(String... values) {
        for (String value : values) {
            Optional<String> date = DateValues.normalize(value);
            if (date.isPresent()) {
                return date.get();
            }
        }
        return null;
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
