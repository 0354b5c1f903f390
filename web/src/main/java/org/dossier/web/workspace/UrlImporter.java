package org.dossier.web.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.dossier.ingest.SourceIds;
import org.dossier.ingest.fetch.FetchException;
import org.dossier.ingest.fetch.UrlFetcher;
import org.dossier.ingest.html.HtmlDecoder;
import org.dossier.ingest.text.DecodedText;

/**
 * Adds an article to an event by its URL: fetches the page with a {@link UrlFetcher} (whose policy refuses private,
 * loopback and link-local addresses, also after redirects and DNS answers), decodes it with its charset, and stores it as
 * a one-line JSON Lines article {@code url-HASH.jsonl} that keeps the address it came from. Thread-safe.
 */
public final class UrlImporter {

    /** The most URLs one request may add. */
    public static final int MAX_URLS = 10;

    private final Workspace workspace;
    private final UrlFetcher fetcher;
    private final ObjectMapper json = new ObjectMapper();

    public UrlImporter(Workspace workspace, UrlFetcher fetcher) {
        this.workspace = workspace;
        this.fetcher = fetcher;
    }

    /** Fetches {@code url} into event {@code event}; returns the stored article name. 400 when it cannot be fetched. */
    public String add(String event, String url) {
        workspace.requireEvent(event);
        if (url == null || !UrlFetcher.isUrl(url.strip())) {
            throw WorkspaceException.badRequest("not an http(s) URL: '" + url + "'");
        }
        UrlFetcher.Fetched page;
        try {
            page = fetcher.fetch(url.strip());
        } catch (FetchException e) {
            throw WorkspaceException.badRequest("cannot add " + e.url() + ": " + e.reason());
        }
        String mediaType = mediaType(page.contentType());
        DecodedText text = HtmlDecoder.decode(page.body(), Workspace.MAX_ARTICLE_CHARS * 4, charset(page.contentType()));
        if (text.rejection() != null) {
            throw WorkspaceException.badRequest("cannot add " + url.strip() + ": " + text.rejection());
        }
        Map<String, String> line = new LinkedHashMap<>();
        line.put("url", page.finalUri().toString());
        line.put(mediaType.equals("text/plain") ? "text" : "html", text.text());
        String name = "url-" + SourceIds.forUrl(page.requested().toString()) + ".jsonl";
        try {
            return workspace.addNewArticle(event, name, json.writeValueAsString(line));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    private static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                String v = p.substring(8).replace("\"", "").replace("'", "").strip();
                return v.isEmpty() ? null : v;
            }
        }
        return null;
    }
}
