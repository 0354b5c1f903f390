package org.dossier.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.dossier.ingest.FormatDetectingReader;
import org.dossier.ingest.RawInput;
import org.dossier.model.Source;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fetching from a local HTTP server on port 0; the internet is never used. */
class UrlFetcherTest {

    private static final String PAGE = "<html><head><title>Summit</title></head><body><article><p>Prime Minister "
            + "Shigeru Ishiba met President Donald Trump at the White House on Friday to talk about trade.</p>"
            + "</article></body></html>";
    /** Lets the test server's 127.0.0.1 through and refuses every other address, as if it were the only public one. */
    private static final AddressPolicy ONLY_127_0_0_1 =
            a -> a.getHostAddress().equals("127.0.0.1") ? null : "not the test server";

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/page", ex -> respond(ex, 200, "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8)));
        server.createContext("/sjis", ex -> respond(ex, 200, "text/html; charset=Shift_JIS",
                ("<html><body><article><p>" + "石破首相はワシントンでトランプ大統領と会談し、日米同盟の強化を確認した。".repeat(3)
                        + "</p></article></body></html>").getBytes(Charset.forName("Shift_JIS"))));
        server.createContext("/redirect", ex -> redirect(ex, base + "/page"));
        server.createContext("/loop", ex -> redirect(ex, base + "/loop"));
        server.createContext("/to-private", ex -> redirect(ex, "http://127.0.0.2:" + port() + "/page"));
        server.createContext("/to-file", ex -> redirect(ex, "file:///etc/passwd"));
        server.createContext("/missing", ex -> respond(ex, 404, "text/plain", "gone".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/big", ex -> respond(ex, 200, "text/html", new byte[2048]));
        server.createContext("/big-chunked", ex -> {
            requests.incrementAndGet();
            ex.sendResponseHeaders(200, 0); // chunked: no Content-Length to refuse up front
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 64; i++) {
                    out.write(new byte[1024]);
                }
            } catch (IOException closedByTheClient) {
                // expected: the client stops reading at the cap
            }
        });
        server.createContext("/slow", ex -> {
            requests.incrementAndGet();
            try {
                Thread.sleep(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        base = "http://127.0.0.1:" + port();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void fetchesAPageAndReadsItWithTheHeaderCharset() throws Exception {
        UrlFetcher.Fetched page = fetcher(FetchPolicy.DEFAULT.withAllowPrivate(true)).fetch(base + "/page");

        RawInput raw = page.toRawInput();
        assertThat(raw.id()).matches("[0-9a-f]{12}").isEqualTo(page.toRawInput().id());
        assertThat(raw.uri()).isEqualTo(base + "/page");
        Source source = new FormatDetectingReader().read(raw);
        assertThat(source.title()).isEqualTo("Summit");
        assertThat(source.text()).startsWith("Prime Minister Shigeru Ishiba met");
    }

    @Test
    void theCharsetOfTheContentTypeHeaderDecodesAShiftJisPageWithoutAMetaTag() throws Exception {
        RawInput raw = fetcher(FetchPolicy.DEFAULT.withAllowPrivate(true)).fetch(base + "/sjis").toRawInput();

        Source source = new FormatDetectingReader().read(raw);

        assertThat(source.text()).startsWith("石破首相はワシントンでトランプ大統領と会談し");
        assertThat(source.warnings()).noneMatch(w -> w.contains("U+FFFD"));
    }

    @Test
    void aLoopbackAddressIsRefusedByDefaultBeforeAnyRequest() {
        assertThatThrownBy(() -> new UrlFetcher(FetchPolicy.DEFAULT).fetch(base + "/page"))
                .isInstanceOf(FetchException.class)
                .hasMessage(base + "/page: refused: 127.0.0.1 is a loopback address (127.0.0.1); use --allow-private to fetch it");
        assertThat(requests.get()).isZero();
    }

    @Test
    void aNameIsRefusedWhenAnyOfItsAddressesIsPrivate() throws Exception {
        HostResolver twoAddresses = host -> new InetAddress[] {
            InetAddress.getByName("93.184.215.14"), InetAddress.getByName("10.0.0.7")};
        UrlFetcher fetcher = new UrlFetcher(FetchPolicy.DEFAULT, twoAddresses, AddressPolicy.PUBLIC_ONLY);

        assertThatThrownBy(() -> fetcher.fetch("http://news.example/a"))
                .hasMessage("http://news.example/a: refused: news.example is a private address (10.0.0.7); "
                        + "use --allow-private to fetch it");
    }

    @Test
    void redirectsAreFollowedAndTheFinalUrlKept() throws Exception {
        UrlFetcher.Fetched page = fetcher(FetchPolicy.DEFAULT).fetch(base + "/redirect");

        assertThat(page.finalUri().toString()).isEqualTo(base + "/page");
        assertThat(page.toRawInput().id()).isEqualTo(org.dossier.ingest.SourceIds.forUrl(base + "/redirect"));
    }

    @Test
    void eachRedirectIsCheckedAgainSoOneToAPrivateAddressIsRefused() {
        assertThatThrownBy(() -> fetcher(FetchPolicy.DEFAULT).fetch(base + "/to-private"))
                .hasMessageContaining("refused: 127.0.0.2 is not the test server");
    }

    @Test
    void aRedirectToAnotherSchemeIsRefused() {
        assertThatThrownBy(() -> fetcher(FetchPolicy.DEFAULT).fetch(base + "/to-file"))
                .hasMessage(base + "/to-file: only http and https URLs are fetched (redirected to file:///etc/passwd)");
    }

    @Test
    void redirectsStopAtTheLimit() {
        FetchPolicy two = new FetchPolicy(Duration.ofSeconds(5), Duration.ofSeconds(5), 1024, 2, false, "test");

        assertThatThrownBy(() -> fetcher(two).fetch(base + "/loop")).hasMessage(base + "/loop: more than 2 redirects");
    }

    @Test
    void anErrorStatusIsOneLine() {
        assertThatThrownBy(() -> fetcher(FetchPolicy.DEFAULT).fetch(base + "/missing"))
                .hasMessage(base + "/missing: HTTP 404");
    }

    @Test
    void aBodyOverTheCapIsRefusedWhetherItsLengthIsDeclaredOrNot() {
        FetchPolicy small = new FetchPolicy(Duration.ofSeconds(5), Duration.ofSeconds(5), 1024, 5, false, "test");

        assertThatThrownBy(() -> fetcher(small).fetch(base + "/big")).hasMessage(base + "/big: response larger than 1024 bytes");
        assertThatThrownBy(() -> fetcher(small).fetch(base + "/big-chunked"))
                .hasMessage(base + "/big-chunked: response larger than 1024 bytes");
    }

    @Test
    void aSlowServerTimesOut() {
        FetchPolicy quick = new FetchPolicy(Duration.ofSeconds(1), Duration.ofMillis(500), 1024, 5, false, "test");
        long t0 = System.nanoTime();

        assertThatThrownBy(() -> fetcher(quick).fetch(base + "/slow")).isInstanceOf(FetchException.class)
                .hasMessageContaining("timed out");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void notAnHttpUrlIsOneLine() {
        UrlFetcher fetcher = new UrlFetcher(FetchPolicy.DEFAULT);

        assertThatThrownBy(() -> fetcher.fetch("ftp://news.example/a")).hasMessage(
                "ftp://news.example/a: only http and https URLs are fetched");
        assertThatThrownBy(() -> fetcher.fetch("http://exa mple/")).hasMessageStartingWith("http://exa mple/: not a valid URL");
    }

    private UrlFetcher fetcher(FetchPolicy policy) {
        return new UrlFetcher(policy, HostResolver.SYSTEM, policy.allowPrivate() ? AddressPolicy.ANY : ONLY_127_0_0_1);
    }

    private int port() {
        return server.getAddress().getPort();
    }

    private void redirect(HttpExchange ex, String location) throws IOException {
        requests.incrementAndGet();
        ex.getResponseHeaders().add("Location", location);
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    private void respond(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        requests.incrementAndGet();
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }
}
