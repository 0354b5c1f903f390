package org.dossier.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.ingest.fetch.FetchPolicy;
import org.dossier.ingest.fetch.UrlFetcher;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.dossier.web.build.EventBuilder;
import org.dossier.web.build.RebuildService;
import org.dossier.web.search.QueryCacheStats;
import org.dossier.web.search.SearchEmbedder;
import org.dossier.web.search.SearchMode;
import org.dossier.web.search.SearchService;
import org.dossier.web.workspace.UrlImporter;
import org.dossier.web.workspace.Workspace;
import org.dossier.web.workspace.WorkspaceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web app: the page, the shared dossier view, and a JSON API over a {@link Workspace}. Handlers only parse the
 * request and delegate to the workspace, {@link SearchService} and {@link RebuildService}; errors are mapped to a status
 * and {@code {"error": "..."}} in one place, never a stack trace. Every response carries a strict Content Security Policy.
 *
 * @see WebConfig
 */
public final class DossierServer implements AutoCloseable {

    /** Scripts and styles from this app only; no inline code, no framing, connections back to the app only. */
    public static final String CONTENT_SECURITY_POLICY = AccessGuard.CONTENT_SECURITY_POLICY;
    private static final Logger LOG = LoggerFactory.getLogger(DossierServer.class);

    private final Workspace workspace;
    private final SearchService search;
    private final RebuildService rebuild;
    private final UrlImporter urls;
    private final WebConfig config;
    private final ObjectMapper mapper = new ObjectMapper();
    private final DossierResponses responses;
    private final Javalin app;
    private WarmUpReport warmUp = WarmUpReport.NONE;

    private DossierServer(Workspace workspace, EventBuilder builder, SearchEmbedder embedder, UrlFetcher fetcher,
            WebConfig config) {
        this.workspace = workspace;
        this.urls = new UrlImporter(workspace, fetcher);
        this.config = config;
        this.search = new SearchService(workspace, embedder);
        this.responses = new DossierResponses(workspace, mapper);
        this.rebuild = new RebuildService(workspace, builder, search);
        this.app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.http.maxRequestSize = config.maxRequestBytes();
            c.jsonMapper(new JavalinJackson(mapper, false));
        });
        routes(new StaticAssets(), new AccessGuard(config));
    }

    /** Starts the app on {@code config}'s host and port, serving the workspace folder {@code root}. */
    public static DossierServer start(Path root, EventBuilder builder, SearchEmbedder embedder, WebConfig config) {
        return start(root, builder, embedder, new UrlFetcher(FetchPolicy.DEFAULT), config);
    }

    /**
     * Starts the app with its own URL fetcher (whose policy decides which addresses articles may come from). Returns
     * once it listens and, when {@link WebConfig#warmUpRounds()} is not 0, has warmed up (see {@link WarmUp}).
     */
    public static DossierServer start(Path root, EventBuilder builder, SearchEmbedder embedder, UrlFetcher fetcher,
            WebConfig config) {
        DossierServer server = new DossierServer(new Workspace(root), builder, embedder, fetcher, config);
        server.app.start(config.host(), config.port());
        for (Connector c : server.app.jettyServer().server().getConnectors()) {
            if (c instanceof AbstractConnector connector) {
                connector.setIdleTimeout(config.idleTimeout().toMillis());
            }
        }
        server.warmUp = WarmUp.run(embedder, config);
        return server;
    }

    /** What the warm-up at start did ({@link WarmUpReport#NONE} when it was turned off). */
    public WarmUpReport warmUp() {
        return warmUp;
    }

    /** The port listened on (the chosen one when configured as 0). */
    public int port() {
        return app.port();
    }

    /** The app's address, such as {@code http://127.0.0.1:8080/}, without the access token. */
    public URI uri() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /** How often semantic searches reused a query vector (see {@link SearchService#queryCacheStats()}). */
    public QueryCacheStats queryCacheStats() {
        return search.queryCacheStats();
    }

    public Workspace workspace() {
        return workspace;
    }

    private void routes(StaticAssets assets, AccessGuard guard) {
        app.before(guard::check);
        assets.all().forEach((path, asset) -> app.get(path, ctx -> ctx.contentType(asset.contentType()).result(asset.bytes())));

        app.get("/api/events", ctx -> ctx.json(Map.of("events", workspace.events())));
        app.post("/api/events", ctx -> {
            JsonNode body = body(ctx);
            ctx.status(201).json(workspace.create(text(body, "id", true), text(body, "title", false)));
        });
        app.get("/api/events/{event}", ctx -> ctx.json(workspace.event(ctx.pathParam("event"))));
        app.get("/api/events/{event}/dossier", ctx -> responses.dossier(ctx.pathParam("event")).send(ctx));
        app.get("/api/events/{event}/sources/{source}",
                ctx -> responses.source(ctx.pathParam("event"), ctx.pathParam("source")).send(ctx));
        app.post("/api/events/{event}/sources", ctx -> ctx.status(201).json(addSources(ctx.pathParam("event"), body(ctx))));
        app.post("/api/events/{event}/rebuild", ctx -> ctx.status(202).json(rebuild.start(ctx.pathParam("event"))));
        app.get("/api/events/{event}/rebuild", ctx -> ctx.json(rebuild.status(ctx.pathParam("event"))));
        app.get("/api/events/{event}/search", ctx -> ctx.json(search.search(ctx.pathParam("event"), ctx.queryParam("q"),
                SearchMode.parse(ctx.queryParam("mode")), limit(ctx.queryParam("limit")))));

        app.exception(AccessGuard.TokenAccepted.class, (e, ctx) -> {
            ctx.header("Set-Cookie", e.cookie());
            ctx.redirect(e.location(), HttpStatus.SEE_OTHER);
        });
        app.exception(WorkspaceException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, 500, "internal error");
        });
        app.error(404, ctx -> {
            if (ctx.result() == null) {
                error(ctx, 404, "not found: " + ctx.path());
            }
        });
    }

    private void error(Context ctx, int status, String message) {
        ctx.status(status).json(Map.of("error", message == null ? "error" : message));
    }

    /**
     * Stores {@code {"name", "text"}}, {@code {"articles": [{"name", "text"}, ...]}} or fetches {@code {"urls": [...]}};
     * returns the stored names.
     */
    private Map<String, List<String>> addSources(String event, JsonNode body) {
        workspace.requireEvent(event);
        if (body.has("urls")) {
            JsonNode list = body.get("urls");
            if (!list.isArray() || list.isEmpty() || list.size() > UrlImporter.MAX_URLS) {
                throw WorkspaceException.badRequest("'urls' must be an array of 1 to " + UrlImporter.MAX_URLS + " URLs");
            }
            List<String> stored = new ArrayList<>();
            for (JsonNode url : list) {
                if (!url.isTextual()) {
                    throw WorkspaceException.badRequest("'urls' must hold strings");
                }
                stored.add(urls.add(event, url.textValue()));
            }
            return Map.of("stored", stored);
        }
        List<JsonNode> articles = new ArrayList<>();
        if (body.has("articles")) {
            if (!body.get("articles").isArray()) {
                throw WorkspaceException.badRequest("'articles' must be an array");
            }
            body.get("articles").forEach(articles::add);
        } else {
            articles.add(body);
        }
        List<String> stored = new ArrayList<>();
        for (JsonNode a : articles) {
            stored.add(workspace.addArticle(event, text(a, "name", true), text(a, "text", true)));
        }
        return Map.of("stored", stored);
    }

    /** The request body as a JSON object, read up to the size limit (413 beyond it, also without Content-Length). */
    private JsonNode body(Context ctx) throws IOException {
        byte[] bytes;
        try (InputStream in = ctx.req().getInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.maxRequestBytes() + 1));
        }
        if (bytes.length > config.maxRequestBytes()) {
            throw new WorkspaceException(413, "the request is larger than " + config.maxRequestBytes() + " bytes");
        }
        try {
            JsonNode node = mapper.readTree(new String(bytes, StandardCharsets.UTF_8));
            if (node == null || !node.isObject()) {
                throw WorkspaceException.badRequest("the body must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw WorkspaceException.badRequest("the body is not JSON: " + e.getOriginalMessage());
        }
    }

    private static String text(JsonNode node, String field, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw WorkspaceException.badRequest("'" + field + "' is missing");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw WorkspaceException.badRequest("'" + field + "' must be a string");
        }
        return v.textValue();
    }

    private static int limit(String value) {
        if (value == null || value.isBlank()) {
            return 20;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw WorkspaceException.badRequest("limit must be a number, was '" + value + "'");
        }
    }

    /** Blocks until the server stops (for the command line). */
    public void join() throws InterruptedException {
        Thread.currentThread().join();
    }

    @Override
    public void close() {
        app.stop();
        rebuild.close();
        try {
            search.close();
        } catch (IOException e) {
            LOG.warn("closing the search index: {}", e.toString());
        }
    }
}
