package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.dossier.web.search.QueryCacheStats;
import org.dossier.web.search.SearchEmbedder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a browser gets for the dossier and source texts: compressed bodies, tags, and 304 while nothing changed. */
class DossierResponsesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEXT = "Japan pledged to buy more liquefied natural gas. ".repeat(60);

    @TempDir
    Path root;
    private DossierServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private Path dossier;

    @BeforeEach
    void start() throws IOException {
        dossier = Files.createDirectories(root.resolve("summit")).resolve("dossier.json");
        store("The summit", Instant.parse("2026-01-01T00:00:00Z"));
        server = DossierServer.start(root, (a, o, p) -> {
            throw new IllegalStateException("no builds here");
        }, SearchEmbedder.symmetric(new HashingEmbedder()), WebConfig.onPort(0).withWarmUpRounds(0));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void sendsTheDossierCompressedToClientsThatAcceptGzipAndAsItIsToOthers() throws Exception {
        HttpResponse<byte[]> zipped = get("/api/events/summit/dossier", "Accept-Encoding", "gzip, deflate, br");
        assertThat(zipped.statusCode()).isEqualTo(200);
        assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(zipped.headers().firstValue("Vary")).contains("Accept-Encoding");
        assertThat(zipped.headers().firstValue("Cache-Control")).contains("private, no-cache");
        assertThat(zipped.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(zipped.body().length).isLessThan((int) Files.size(dossier) / 10);
        assertThat(gunzip(zipped.body())).isEqualTo(Files.readAllBytes(dossier));

        HttpResponse<byte[]> plain = get("/api/events/summit/dossier");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(plain.body()).isEqualTo(Files.readAllBytes(dossier));
    }

    @Test
    void answersARevalidationWith304UntilTheDossierChanges() throws Exception {
        HttpResponse<byte[]> first = get("/api/events/summit/dossier");
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> again = get("/api/events/summit/dossier", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).contains(etag);
        assertThat(again.headers().firstValue("Content-Security-Policy")).contains(DossierServer.CONTENT_SECURITY_POLICY);

        store("The summit, revised", Instant.parse("2026-01-02T00:00:00Z"));
        HttpResponse<byte[]> changed = get("/api/events/summit/dossier", "If-None-Match", etag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
        assertThat(JSON.readTree(changed.body()).get("event").get("title").asText()).isEqualTo("The summit, revised");
    }

    @Test
    void sendsASourceTextCompressedAndTaggedToo() throws Exception {
        HttpResponse<byte[]> zipped = get("/api/events/summit/sources/a", "Accept-Encoding", "gzip");
        assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(JSON.readTree(gunzip(zipped.body())).get("text").asText()).isEqualTo(TEXT);
        String etag = zipped.headers().firstValue("ETag").orElseThrow();
        assertThat(get("/api/events/summit/sources/a", "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(get("/api/events/summit/sources/b").statusCode()).isEqualTo(404);
    }

    @Test
    void aRepeatedSemanticQueryReusesItsVector() throws Exception {
        QueryCacheStats before = server.queryCacheStats();
        for (String q : List.of("natural%20gas", "natural%20gas", "pledge")) {
            assertThat(get("/api/events/summit/search?mode=semantic&q=" + q).statusCode()).isEqualTo(200);
        }
        QueryCacheStats after = server.queryCacheStats();
        assertThat(after.hits() - before.hits()).isEqualTo(1);
        assertThat(after.misses() - before.misses()).isEqualTo(2);
    }

    private void store(String title, Instant modified) throws IOException {
        Files.writeString(dossier, JSON.writeValueAsString(Map.of("schema", "dossier/1", "event", Map.of("title", title),
                "sources", List.of(Map.of("id", "a", "title", "A", "text", TEXT)))));
        Files.setLastModifiedTime(dossier, FileTime.from(modified));
    }

    private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri().resolve(path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}
