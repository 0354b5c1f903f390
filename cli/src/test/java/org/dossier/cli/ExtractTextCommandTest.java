package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier extract-text} over every input kind, with captured streams; no NLP models needed. */
class ExtractTextCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEXT = "Prime Minister Shigeru Ishiba met President Donald Trump at the White House on "
            + "Friday to talk about trade and security.";

    @TempDir
    Path tmp;

    @Test
    void aJsonLinesFileGivesOneObjectPerGoodLineAndOneWarningPerBadLine() throws IOException {
        Path file = Files.writeString(tmp.resolve("export.jsonl"), """
                {"url":"https://news.example/a","title":"Summit","published":"2025-02-07","text":"%s"}
                {"text": oops}
                {"html":"<html><body><article><p>%s</p></article></body></html>","title":"Second"}
                """.formatted(TEXT, TEXT));

        CliRun run = CliRun.execute("extract-text", file.toString());

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.warnings()).as(run.describe()).singleElement().asString()
                .startsWith("warning: " + file + ":2: not valid JSON (").endsWith("), skipped");
        List<JsonNode> pages = objects(run.out());
        assertThat(pages).extracting(p -> p.get("title").asText()).containsExactly("Summit", "Second");
        assertThat(pages.get(0).get("published").asText()).isEqualTo("2025-02-07");
        assertThat(pages.get(0).get("url").asText()).isEqualTo("https://news.example/a");
        assertThat(pages).extracting(p -> p.get("articleBody").asText()).containsOnly(TEXT);
        assertThat(pages).extracting(p -> p.get("id").asText()).allMatch(id -> id.matches("export-[0-9a-f]{8}"));
    }

    @Test
    void aFeedGivesOneObjectPerItem() throws IOException {
        Path feed = Files.writeString(tmp.resolve("world.rss"), """
                <?xml version="1.0"?><rss version="2.0"><channel><title>World</title>
                <item><title>One</title><guid>1</guid><pubDate>Fri, 07 Feb 2025 16:09:00 +0900</pubDate>
                  <description>%s</description></item>
                <item><title>Two</title><guid>2</guid><description>%s</description></item>
                </channel></rss>""".formatted(TEXT, TEXT));

        CliRun run = CliRun.execute("extract-text", feed.toString());

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(objects(run.out())).extracting(p -> p.get("title").asText()).containsExactly("One", "Two");
        assertThat(objects(run.out()).get(0).get("published").asText()).isEqualTo("2025-02-07T16:09:00+09:00");
    }

    @Test
    void aDashReadsStandardInput() {
        CliRun run = CliRun.executeWithStdin(("<html><head><title>From a pipe</title></head><body><article><p>" + TEXT
                + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8), "extract-text", "-");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        JsonNode page = objects(run.out()).get(0);
        assertThat(page.get("id").asText()).isEqualTo("stdin");
        assertThat(page.get("title").asText()).isEqualTo("From a pipe");
        assertThat(page.get("articleBody").asText()).isEqualTo(TEXT);
    }

    @Test
    void aUrlIsFetchedWithAllowPrivateAndRefusedWithoutIt() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] page = ("<html><head><title>Served</title></head><body><article><p>" + TEXT + "</p></article></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        server.createContext("/a", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, page.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(page);
            }
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/a";

            CliRun allowed = CliRun.execute("extract-text", "--allow-private", url);
            CliRun refused = CliRun.execute("extract-text", url);

            assertThat(allowed.exitCode()).as(allowed.describe()).isZero();
            assertThat(objects(allowed.out()).get(0).get("title").asText()).isEqualTo("Served");
            assertThat(objects(allowed.out()).get(0).get("id").asText()).matches("[0-9a-f]{12}");
            assertThat(refused.exitCode()).as(refused.describe()).isEqualTo(2);
            assertThat(refused.errLines()).containsExactly("warning: " + url + ": refused: 127.0.0.1 is a loopback address "
                    + "(127.0.0.1); use --allow-private to fetch it, skipped");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aMissingFileExitsWithTwoAndOneLine() {
        CliRun run = CliRun.execute("extract-text", tmp.resolve("nowhere.html").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("dossier extract-text: " + tmp.resolve("nowhere.html")
                + ": no such file or folder");
    }

    @Test
    void anUnsupportedSchemeExitsWithTwoAndOneLine() {
        CliRun run = CliRun.execute("extract-text", "ftp://news.example/a.html");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(
                "dossier extract-text: ftp://news.example/a.html: only http, https and file URLs are read");
    }

    @Test
    void aBinaryFileNamedHtmlIsOneWarningAndTheOtherPagesArePrinted() throws IOException {
        Path png = Files.write(tmp.resolve("photo.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        Path good = Files.writeString(tmp.resolve("good.html"), "<html><body><p>" + TEXT + "</p></body></html>");

        CliRun run = CliRun.execute("extract-text", png.toString(), good.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.errLines()).containsExactly("warning: " + png + ": binary content (PNG signature)");
        assertThat(objects(run.out())).hasSize(1);
    }

    private static List<JsonNode> objects(String out) {
        return out.lines().filter(l -> !l.isBlank()).map(l -> {
            try {
                return JSON.readTree(l);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + l, e);
            }
        }).toList();
    }
}
