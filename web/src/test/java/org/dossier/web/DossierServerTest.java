package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import com.sun.net.httpserver.HttpServer;
import org.dossier.ingest.SourceIds;
import org.dossier.ingest.fetch.AddressPolicy;
import org.dossier.ingest.fetch.FetchPolicy;
import org.dossier.ingest.fetch.HostResolver;
import org.dossier.ingest.fetch.UrlFetcher;
import org.dossier.present.JsonDossierReader;
import org.dossier.web.build.EventBuilder;
import org.dossier.web.search.SearchEmbedder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DossierServerTest {

    private static final String XSS = "<script>window.__xss = 1</script> Ministers met <img src=x onerror=\"window.__xss=2\">.";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "s3cret-token-0123456789";

    @TempDir
    Path root;
    private DossierServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A fake build: the dossier's one source per article is the article's text. */
    private static final EventBuilder FAKE_BUILD = (articles, output, progress) -> {
        StringBuilder sources = new StringBuilder();
        try (var files = Files.list(articles)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                progress.step("annotate", 1, 1);
                sources.append(sources.length() == 0 ? "" : ",").append(JSON.writeValueAsString(Map.of(
                        "id", name.substring(0, name.lastIndexOf('.')), "title", name, "text", Files.readString(f))));
            }
        }
        String json = "{\"schema\":\"dossier/1\",\"event\":{\"title\":\"Test event\"},\"sources\":[" + sources + "]}";
        Files.writeString(output.resolve("dossier.json"), json);
        return new JsonDossierReader().read(json);
    };

    @BeforeEach
    void start() {
        server = DossierServer.start(root, FAKE_BUILD, SearchEmbedder.symmetric(new HashingEmbedder()), WebConfig.onPort(0).withWarmUpRounds(0).withMaxRequestBytes(64 * 1024));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void createsAnEventAddsArticlesRebuildsAndSearches() throws Exception {
        assertThat(post("/api/events", "{\"id\":\"summit\",\"title\":\"The summit\"}").statusCode()).isEqualTo(201);
        HttpResponse<String> added = post("/api/events/summit/sources", JSON.writeValueAsString(Map.of("articles", List.of(
                Map.of("name", "a.txt", "text", "Japan pledged to buy more gas. The talks covered the Senkaku Islands."),
                Map.of("name", "b.txt", "text", "Tariffs were not discussed.\nThe leaders ate lunch.")))));
        assertThat(added.statusCode()).isEqualTo(201);
        assertThat(json(added).get("stored").toString()).isEqualTo("[\"a.txt\",\"b.txt\"]");

        assertThat(json(post("/api/events/summit/rebuild", "")).get("event").asText()).isEqualTo("summit");
        JsonNode status = awaitBuild("summit");
        assertThat(status.get("state").asText()).isEqualTo("DONE");

        JsonNode events = json(get("/api/events")).get("events");
        assertThat(events.get(0).get("title").asText()).isEqualTo("Test event");
        assertThat(events.get(0).get("sources").asInt()).isEqualTo(2);

        JsonNode hits = json(get("/api/events/summit/search?q=senkaku%20island")).get("hits");
        assertThat(hits.get(0).get("text").asText()).isEqualTo("The talks covered the Senkaku Islands.");
        assertThat(hits.get(0).get("source").asText()).isEqualTo("a");
        assertThat(hits.get(0).get("start").asInt()).isEqualTo(31);
        assertThat(hits.get(0).get("highlights").toString()).isEqualTo("[[22,29],[30,37]]");

        JsonNode semantic = json(get("/api/events/summit/search?mode=semantic&q=leaders%20lunch")).get("hits");
        assertThat(semantic.get(0).get("text").asText()).isEqualTo("The leaders ate lunch.");
    }

    @Test
    void servesTheDossierAndTheTextOfASource() throws Exception {
        built("summit", "a.txt", "One sentence here. Another one.");
        assertThat(json(get("/api/events/summit/dossier")).get("event").get("title").asText()).isEqualTo("Test event");
        JsonNode source = json(get("/api/events/summit/sources/a"));
        assertThat(source.get("text").asText()).isEqualTo("One sentence here. Another one.");
        assertThat(get("/api/events/summit/sources/nope").statusCode()).isEqualTo(404);
    }

    @Test
    void anEventWithoutDossierAnswers404WithAMessage() throws Exception {
        post("/api/events", "{\"id\":\"empty\"}");
        HttpResponse<String> r = get("/api/events/empty/dossier");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(json(r).get("error").asText()).contains("no dossier yet");
    }

    @Test
    void aFailedBuildReportsItsMessage() throws Exception {
        post("/api/events", "{\"id\":\"bad\"}");
        server.close();
        server = DossierServer.start(root, (a, o, p) -> {
            throw new IllegalStateException("no articles found");
        }, SearchEmbedder.symmetric(new HashingEmbedder()), WebConfig.onPort(0).withWarmUpRounds(0));
        post("/api/events/bad/rebuild", "");
        JsonNode status = awaitBuild("bad");
        assertThat(status.get("state").asText()).isEqualTo("FAILED");
        assertThat(status.get("error").asText()).isEqualTo("no articles found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/events/..%2F..%2Fetc/sources/x", "/api/events/..%2F..%2Fetc", "/api/events/%2Fetc/dossier",
            "/api/events/summit/sources/..%2Fdossier.json", "/api/events/summit/sources/..%2F..%2F..%2Fetc%2Fpasswd"})
    void refusesPathTraversal(String path) throws Exception {
        built("summit", "a.txt", "Text.");
        int status = rawGet(path, "127.0.0.1");
        assertThat(status).isIn(400, 404);
    }

    @Test
    void refusesArticleNamesThatAreNotPlainFileNames() throws Exception {
        post("/api/events", "{\"id\":\"summit\"}");
        for (String name : List.of("../x.txt", "..\\x.txt", "/etc/x.txt", "x.sh", ".hidden.txt", "a/b.txt")) {
            HttpResponse<String> r = post("/api/events/summit/sources", JSON.writeValueAsString(Map.of("name", name, "text", "T.")));
            assertThat(r.statusCode()).as(name).isEqualTo(400);
        }
        assertThat(post("/api/events", "{\"id\":\"../up\"}").statusCode()).isEqualTo(400);
        try (var files = Files.list(root)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("summit");
        }
    }

    @Test
    void refusesBodiesOverTheLimitWith413() throws Exception {
        post("/api/events", "{\"id\":\"summit\"}");
        String big = JSON.writeValueAsString(Map.of("name", "big.txt", "text", "word ".repeat(20_000)));
        HttpResponse<String> r = post("/api/events/summit/sources", big);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(json(r).get("error").asText()).contains("limit is 65536");
    }

    @Test
    void keepsArticleMarkupAsTextInJson() throws Exception {
        built("summit", "xss.txt", XSS);
        HttpResponse<String> r = get("/api/events/summit/sources/xss");
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(json(r).get("text").asText()).isEqualTo(XSS);
    }

    @Test
    void thePageHasAStrictPolicyAndNoInlineScript() throws Exception {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).contains(DossierServer.CONTENT_SECURITY_POLICY);
        assertThat(DossierServer.CONTENT_SECURITY_POLICY).contains("script-src 'self';").doesNotContain("unsafe");
        assertThat(page.body()).contains("<script src=\"/assets/dossier-view.js\"></script>")
                .doesNotContainPattern("<script>|<script [^>]*>[^<]").doesNotContain("style=").doesNotContain("http://")
                .doesNotContain("https://");
        assertThat(get("/assets/dossier-view.js").body()).contains("DossierView");
        assertThat(get("/assets/app.js").headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("javascript"));
    }

    @Test
    void servesTheOpenApiDocument() throws Exception {
        JsonNode doc = json(get("/api/openapi.json"));
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        assertThat(doc.get("paths").has("/api/events/{event}/search")).isTrue();
    }

    @Test
    void answersBadQueriesWith400() throws Exception {
        built("summit", "a.txt", "Text here.");
        assertThat(get("/api/events/summit/search?q=").statusCode()).isEqualTo(400);
        assertThat(get("/api/events/summit/search?q=x&mode=fuzzy").statusCode()).isEqualTo(400);
        assertThat(get("/api/events/summit/search?q=x&limit=ten").statusCode()).isEqualTo(400);
        assertThat(post("/api/events", "not json").statusCode()).isEqualTo(400);
        assertThat(json(get("/api/nothing")).get("error").asText()).contains("/api/nothing").contains("not found");
    }

    @Test
    void refusesRequestsForAnotherHost() throws Exception {
        assertThat(rawGet("/api/events", "attacker.example")).isEqualTo(403);
        assertThat(rawGet("/api/events", "localhost")).isEqualTo(200);
    }

    @Test
    void withATokenEveryRequestNeedsItAsBearerOrCookieAndAVisitWithTheTokenSetsTheCookie() throws Exception {
        restart(WebConfig.onPort(0).withWarmUpRounds(0).withAccessToken(TOKEN));
        HttpResponse<String> refused = get("/api/events");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(json(refused).get("error").asText()).contains("access token");
        assertThat(get("/").statusCode()).isEqualTo(401);
        assertThat(get("/assets/app.js").statusCode()).isEqualTo(401);
        assertThat(send(request("/api/events").header("Authorization", "Bearer " + TOKEN + "x")).statusCode()).isEqualTo(401);
        assertThat(send(request("/api/events").header("Authorization", "Bearer " + TOKEN)).statusCode()).isEqualTo(200);

        HttpResponse<String> visit = get("/?token=" + TOKEN);
        assertThat(visit.statusCode()).isEqualTo(303);
        assertThat(visit.headers().firstValue("Location")).contains("/");
        String cookie = visit.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).isEqualTo("dossier_token_" + server.port() + "=" + TOKEN + "; Path=/; HttpOnly; SameSite=Strict");
        String pair = cookie.substring(0, cookie.indexOf(';'));
        assertThat(send(request("/").header("Cookie", pair)).statusCode()).isEqualTo(200);
        assertThat(send(request("/api/events").header("Cookie", pair + "x")).statusCode()).isEqualTo(401);
        assertThat(get("/?token=wrong" + TOKEN).statusCode()).isEqualTo(401);
    }

    @Test
    void aNonLoopbackAddressIsRefusedWithoutAToken() {
        assertThatThrownBy(() -> WebConfig.onPort(0).withHost("0.0.0.0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("access token is required to listen on 0.0.0.0");
        assertThat(WebConfig.onPort(0).withAccessToken(TOKEN).withHost("0.0.0.0").host()).isEqualTo("0.0.0.0");
        assertThat(List.of("127.0.0.1", "127.1.2.3", "localhost", "::1", "[::1]").stream().allMatch(WebConfig::isLoopback)).isTrue();
        assertThat(List.of("0.0.0.0", "192.168.1.2", "::", "example.org", "127.0.0.1.example.org", "1270.0.0.1").stream()
                .noneMatch(WebConfig::isLoopback)).isTrue();
    }

    @Test
    void refusesChangesSentByAnotherSitesPage() throws Exception {
        String body = "{\"id\":\"csrf\"}";
        HttpResponse<String> cross = send(request("/api/events").header("Origin", "http://attacker.example")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(cross.statusCode()).isEqualTo(403);
        assertThat(send(request("/api/events").header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString(body))).statusCode()).isEqualTo(403);
        assertThat(Files.exists(root.resolve("csrf"))).isFalse();
        assertThat(send(request("/api/events").header("Origin", "http://127.0.0.1:" + server.port())
                .POST(HttpRequest.BodyPublishers.ofString(body))).statusCode()).isEqualTo(201);
    }

    @Test
    void closesAConnectionThatSendsNothing() throws Exception {
        restart(WebConfig.onPort(0).withWarmUpRounds(0).withIdleTimeout(Duration.ofMillis(500)));
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
            long t0 = System.nanoTime();
            socket.getInputStream().readAllBytes();
            assertThat((System.nanoTime() - t0) / 1e9).isLessThan(5);
        }
    }

    @Test
    void addsAnArticleByUrlAndKeepsTheAddressItCameFrom() throws Exception {
        HttpServer site = site("<html><head><title>T</title><meta charset=\"iso-8859-1\"></head><body><p>Caf\u00e9 talks.</p></body></html>",
                "text/html; charset=iso-8859-1");
        try {
            restart(WebConfig.onPort(0).withWarmUpRounds(0), new UrlFetcher(FetchPolicy.DEFAULT, HostResolver.SYSTEM, AddressPolicy.ANY));
            post("/api/events", "{\"id\":\"summit\"}");
            String url = "http://127.0.0.1:" + site.getAddress().getPort() + "/story";
            HttpResponse<String> added = post("/api/events/summit/sources", JSON.writeValueAsString(Map.of("urls", List.of(url))));
            assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
            String name = "url-" + SourceIds.forUrl(url) + ".jsonl";
            assertThat(json(added).get("stored").toString()).isEqualTo("[\"" + name + "\"]");
            JsonNode line = JSON.readTree(Files.readString(root.resolve("summit/articles/" + name)));
            assertThat(line.get("url").asText()).isEqualTo(url);
            assertThat(line.get("html").asText()).contains("Caf\u00e9 talks.");
            assertThat(json(get("/api/events/summit")).get("articles").toString()).contains(name);

            HttpResponse<String> again = post("/api/events/summit/sources", JSON.writeValueAsString(Map.of("urls", List.of(url))));
            assertThat(again.statusCode()).isEqualTo(409);
        } finally {
            site.stop(0);
        }
    }

    @Test
    void refusesUrlsOfThisMachineOrTheLocalNetwork() throws Exception {
        HttpServer site = site("<p>internal</p>", "text/html");
        try {
            post("/api/events", "{\"id\":\"summit\"}");
            for (String url : List.of("http://127.0.0.1:" + site.getAddress().getPort() + "/", "http://10.0.0.1/", "http://169.254.169.254/latest",
                    "http://[::1]/", "file:///etc/passwd")) {
                HttpResponse<String> r = post("/api/events/summit/sources", JSON.writeValueAsString(Map.of("urls", List.of(url))));
                assertThat(r.statusCode()).as(url).isEqualTo(400);
                assertThat(json(r).get("error").asText()).as(url).containsAnyOf("cannot add", "not an http(s) URL");
            }
            assertThat(post("/api/events/summit/sources", "{\"urls\":[]}").statusCode()).isEqualTo(400);
            assertThat(post("/api/events/summit/sources", JSON.writeValueAsString(Map.of("urls",
                    java.util.Collections.nCopies(11, "https://example.org/")))).statusCode()).isEqualTo(400);
            try (var files = Files.list(root.resolve("summit/articles"))) {
                assertThat(files).isEmpty();
            }
        } finally {
            site.stop(0);
        }
    }

    private static HttpServer site(String body, String contentType) throws IOException {
        HttpServer site = HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        site.createContext("/", exchange -> {
            byte[] bytes = body.getBytes(contentType.contains("iso-8859-1") ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        site.start();
        return site;
    }

    private void built(String event, String article, String text) throws Exception {
        post("/api/events", "{\"id\":\"" + event + "\"}");
        post("/api/events/" + event + "/sources", JSON.writeValueAsString(Map.of("name", article, "text", text)));
        post("/api/events/" + event + "/rebuild", "");
        assertThat(awaitBuild(event).get("state").asText()).isEqualTo("DONE");
    }

    private JsonNode awaitBuild(String event) throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (true) {
            JsonNode s = json(get("/api/events/" + event + "/rebuild"));
            String state = s.get("state").asText();
            if (!state.equals("QUEUED") && !state.equals("RUNNING") || System.nanoTime() > deadline) {
                return s;
            }
            Thread.sleep(50);
        }
    }

    private void restart(WebConfig config) {
        restart(config, new UrlFetcher(FetchPolicy.DEFAULT));
    }

    private void restart(WebConfig config, UrlFetcher fetcher) {
        server.close();
        server = DossierServer.start(root, FAKE_BUILD, SearchEmbedder.symmetric(new HashingEmbedder()), fetcher, config);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(server.uri().resolve(path));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(server.uri().resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(server.uri().resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The status of a GET sent byte for byte (no client-side normalization), with the given Host header. */
    private int rawGet(String path, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + server.port() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).lines().findFirst().orElse("");
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    private static JsonNode json(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body());
    }

}
