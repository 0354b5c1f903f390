package org.dossier.ingest.feed;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.ingest.GivenMetadata;
import org.dossier.ingest.InputSplitter;
import org.dossier.ingest.RawInput;
import org.dossier.ingest.SourceIds;
import org.dossier.ingest.html.DateValues;
import org.dossier.ingest.html.HtmlDecoder;
import org.dossier.ingest.text.DecodedText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Splits an RSS (0.9x, 1.0, 2.0) or Atom feed into articles, one per item: its full text ({@code content:encoded},
 * Atom {@code content}) when it has one, else the page its link points to when {@link LinkLoader} reads it (a local
 * file beside the feed), else its description or summary. Title, date, authors and link come from the item. An item's
 * id is the feed's id and a short hash of its guid (else link, else title), so ids stay when items are added.
 * External entities are never resolved. Thread-safe.
 */
public final class FeedSplitter implements InputSplitter {

    private final LinkLoader links;

    /** A splitter that reads items' full text only from the feed itself. */
    public FeedSplitter() {
        this(LinkLoader.NONE);
    }

    public FeedSplitter(LinkLoader links) {
        this.links = links;
    }

    /** Whether decoded text starts like a feed: an {@code rss}, {@code feed} or {@code rdf:RDF} root element. */
    public static boolean looksLikeFeed(String head) {
        String h = head.stripLeading();
        if (h.startsWith("\uFEFF")) {
            h = h.substring(1);
        }
        int guard = 0;
        while ((h.startsWith("<?") || h.startsWith("<!--") || h.startsWith("<!DOCTYPE") || h.startsWith("<!doctype"))
                && guard++ < 20) {
            int end = h.startsWith("<!--") ? h.indexOf("-->") : h.indexOf('>');
            if (end < 0) {
                return false;
            }
            h = h.substring(end + (h.startsWith("<!--") ? 3 : 1)).stripLeading();
        }
        String lower = h.toLowerCase(Locale.ROOT);
        return lower.startsWith("<rss") || lower.startsWith("<feed") || lower.startsWith("<rdf:rdf");
    }

    @Override
    public Split split(RawInput container) {
        List<RawInput> articles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        DecodedText decoded = HtmlDecoder.decode(container.content(), Integer.MAX_VALUE - 8, container.given().charset());
        if (decoded.rejection() != null) {
            problems.add(new Problem("", decoded.rejection() + ", skipped"));
            return new Split(articles, problems);
        }
        String xml = decoded.text();
        if (!looksLikeFeed(xml.substring(0, Math.min(xml.length(), 4096)))) {
            problems.add(new Problem("", "not an RSS or Atom feed, skipped"));
            return new Split(articles, problems);
        }
        Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
        List<Element> items = new ArrayList<>(doc.getElementsByTag("item"));
        items.addAll(doc.getElementsByTag("entry"));
        if (items.isEmpty()) {
            problems.add(new Problem("", "a feed with no items"));
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Element item = items.get(i);
            String at = " item " + (i + 1);
            String title = text(first(item, "title"));
            String link = resolve(container.uri(), link(item));
            String dateValue = text(firstOf(item, "pubdate", "published", "dc:date", "updated", "dcterms:created"));
            String published = dateValue == null ? null : DateValues.normalize(dateValue).orElse(null);
            if (dateValue != null && published == null) {
                problems.add(new Problem(at, "date '" + dateValue + "' is not a date, ignored"));
            }
            List<String> authors = authors(item);
            String key = firstNonNull(text(firstOf(item, "guid", "id")), link, title, String.valueOf(i + 1));
            String id = unique(SourceIds.forItem(container.id(), key), ids);
            Body body = body(item, container.uri(), link, problems, at);
            if (body == null) {
                problems.add(new Problem(at + (title == null ? "" : " ('" + clip(title) + "')"),
                        "no full text, no readable local link and no description, skipped"));
                continue;
            }
            GivenMetadata given = new GivenMetadata(body.contentType(), title, published, authors,
                    body.fromLink() && isFile(link) ? null : link);
            articles.add(new RawInput(id, body.uri() != null ? body.uri() : link, body.bytes(), given));
        }
        return new Split(articles, problems);
    }

    private record Body(byte[] bytes, String contentType, String uri, boolean fromLink) {
    }

    private Body body(Element item, String feedUri, String link, List<Problem> problems, String at) {
        Element full = firstOf(item, "content:encoded", "content");
        if (full != null && !content(full).isBlank()) {
            return markup(full);
        }
        if (link != null) {
            try {
                byte[] page = links.load(feedUri == null ? null : URI.create(feedUri), URI.create(link));
                if (page != null) {
                    return new Body(page, null, link, true);
                }
            } catch (IOException | IllegalArgumentException e) {
                problems.add(new Problem(at, "cannot read the linked page (" + e.getMessage() + ")"));
            }
        }
        Element summary = firstOf(item, "description", "summary");
        if (summary != null && !content(summary).isBlank()) {
            return markup(summary);
        }
        return null;
    }

    /** An item's full text as a page: HTML (escaped, CDATA or Atom xhtml) wrapped in an article, or plain text. */
    private static Body markup(Element e) {
        String type = e.attr("type").toLowerCase(Locale.ROOT);
        String content = content(e);
        boolean html = type.equals("html") || type.equals("xhtml") || type.endsWith("/html") || type.endsWith("+xml")
                || type.isEmpty() && content.contains("<");
        if (!html) {
            return new Body(content.strip().getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8", null, false);
        }
        String page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><article>" + content
                + "</article></body></html>";
        return new Body(page.getBytes(StandardCharsets.UTF_8), "text/html; charset=UTF-8", null, false);
    }

    /** The text of an element as written: escaped HTML and CDATA unescaped; Atom xhtml content as its markup. */
    private static String content(Element e) {
        if (e.attr("type").equalsIgnoreCase("xhtml")) {
            return e.html();
        }
        return e.wholeText();
    }

    private static String link(Element item) {
        for (Element l : item.getElementsByTag("link")) {
            String rel = l.attr("rel");
            if (l.hasAttr("href") && (rel.isEmpty() || rel.equals("alternate"))) {
                return l.attr("href").strip();
            }
            if (!l.hasAttr("href") && !l.text().isBlank()) {
                return l.text().strip();
            }
        }
        Element guid = first(item, "guid");
        if (guid != null && !guid.attr("isPermaLink").equalsIgnoreCase("false") && guid.text().startsWith("http")) {
            return guid.text().strip();
        }
        return null;
    }

    private static List<String> authors(Element item) {
        List<String> out = new ArrayList<>();
        for (Element a : item.getElementsByTag("author")) {
            Element name = first(a, "name");
            out.add(name != null ? name.text() : a.text());
        }
        item.getElementsByTag("dc:creator").forEach(c -> out.add(c.text()));
        return out.stream().map(String::strip).filter(s -> !s.isEmpty()).map(FeedSplitter::withoutEmail).toList();
    }

    /** RSS 2.0 authors are e-mail addresses, often {@code mail@host (Name)}: keep the name. */
    private static String withoutEmail(String author) {
        int open = author.indexOf('(');
        if (author.contains("@") && open >= 0 && author.endsWith(")")) {
            return author.substring(open + 1, author.length() - 1).strip();
        }
        return author;
    }

    private static String resolve(String base, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            URI l = new URI(link.strip().replace(" ", "%20"));
            URI resolved = l.isAbsolute() || base == null ? l : URI.create(base).resolve(l);
            if ("file".equals(resolved.getScheme())) {
                try {
                    return java.nio.file.Path.of(resolved).toUri().toString(); // file:///…, as file inputs are named
                } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                    return resolved.toString();
                }
            }
            return resolved.toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isFile(String link) {
        return link != null && link.startsWith("file:");
    }

    private static Element first(Element parent, String tag) {
        if (parent == null) {
            return null;
        }
        for (Element child : parent.children()) {
            if (child.normalName().equals(tag)) {
                return child;
            }
        }
        return null;
    }

    private static Element firstOf(Element parent, String... tags) {
        for (String tag : tags) {
            Element e = first(parent, tag);
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    private static String text(Element e) {
        return e == null || e.text().isBlank() ? null : e.text().strip();
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String unique(String id, Set<String> taken) {
        String out = id;
        for (int n = 2; !taken.add(out); n++) {
            out = id + "-" + n;
        }
        return out;
    }

    private static String clip(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
