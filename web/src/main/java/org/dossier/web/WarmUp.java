package org.dossier.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.dossier.ingest.fetch.FetchPolicy;
import org.dossier.ingest.fetch.UrlFetcher;
import org.dossier.model.Source;
import org.dossier.present.JsonDossierReader;
import org.dossier.reconcile.text.SentenceSpan;
import org.dossier.reconcile.text.SentenceSplitter;
import org.dossier.web.search.SearchEmbedder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warms the app up before it reports ready. It starts a throwaway copy of the app on a free loopback port, over a
 * temporary workspace holding a bundled sample dossier (a made-up event), with the same sentence model and access
 * rules, and sends it the requests a browser sends (page, event list, dossier, source text, full-text and semantic
 * search), round after round from a few threads. So the JIT compiler has compiled the hot code (Jetty, Javalin, Jackson,
 * Lucene, the query embedding) and the model is loaded before the first user waits for them. The served workspace is
 * neither read nor written, and the copy's index and caches go with its folder, which is deleted afterwards.
 */
final class WarmUp {

    static final String EVENT = "warm-up";
    private static final String SAMPLE = "/org/dossier/web/warm-up/dossier.json";
    /** Distinct semantic queries (each costs one embedding, about 14 ms of CPU); later rounds repeat them. */
    static final int NEW_SEMANTIC_QUERIES = 32;
    private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);

    private WarmUp() {
    }

    /**
     * Sends {@code config.warmUpRounds()} rounds of requests to a throwaway copy of the app that uses {@code embedder}
     * and {@code config}'s access token and size limits. Failed requests are counted, not thrown.
     */
    static WarmUpReport run(SearchEmbedder embedder, WebConfig config) {
        return run(embedder, config, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** As {@link #run(SearchEmbedder, WebConfig)}, with the throwaway workspace made in folder {@code temp}. */
    static WarmUpReport run(SearchEmbedder embedder, WebConfig config, Path temp) {
        long t0 = System.nanoTime();
        if (config.warmUpRounds() == 0) {
            return WarmUpReport.NONE;
        }
        Path root = null;
        try {
            root = Files.createTempDirectory(temp, "dossier-warm-up");
            Path event = Files.createDirectories(root.resolve(EVENT));
            byte[] sample = sample();
            Files.write(event.resolve("dossier.json"), sample);
            List<String> sentences = sentences(sample);
            List<String> sourceIds = new JsonDossierReader().read(new String(sample, StandardCharsets.UTF_8)).sources()
                    .stream().map(Source::id).toList();
            WebConfig copy = new WebConfig(WebConfig.DEFAULT_HOST, 0, config.maxRequestBytes(), config.accessToken(),
                    config.idleTimeout(), 0);
            try (DossierServer server = DossierServer.start(root, (articles, output, progress) -> {
                throw new IllegalStateException("the warm-up builds nothing");
            }, embedder, new UrlFetcher(FetchPolicy.DEFAULT), copy)) {
                Client client = new Client(server.uri(), config.accessToken());
                client.get(semanticSearch(sentences, 0)); // the first search builds the copy's index, alone
                int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
                AtomicInteger next = new AtomicInteger();
                ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                    Thread t = new Thread(r, "dossier-warm-up");
                    t.setDaemon(true);
                    return t;
                });
                try {
                    List<Future<?>> done = new ArrayList<>();
                    for (int i = 0; i < threads; i++) {
                        done.add(pool.submit(() -> {
                            int rounds = config.warmUpRounds();
                            for (int round = next.getAndIncrement(); round < rounds; round = next.getAndIncrement()) {
                                for (String path : round(round, sentences, sourceIds)) {
                                    client.get(path);
                                }
                            }
                        }));
                    }
                    for (Future<?> f : done) {
                        f.get();
                    }
                } finally {
                    pool.shutdownNow();
                }
                WarmUpReport report = new WarmUpReport(client.requests.get(), client.failures.get(),
                        Duration.ofNanos(System.nanoTime() - t0));
                LOG.info("warmed up: {}", report);
                return report;
            }
        } catch (IOException | RuntimeException | ExecutionException e) {
            LOG.warn("the warm-up stopped early: {}", e.toString());
            return new WarmUpReport(0, 1, Duration.ofNanos(System.nanoTime() - t0));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new WarmUpReport(0, 1, Duration.ofNanos(System.nanoTime() - t0));
        } finally {
            deleteQuietly(root);
        }
    }

    /**
     * The requests of one round, as a browser sends them: the page and its event list, the dossier and one source
     * text, a full-text search of a new span of a sample sentence and a semantic search of one of a few such spans.
     */
    static List<String> round(int round, List<String> sentences, List<String> sourceIds) {
        String api = "/api/events/" + EVENT;
        return List.of("/", "/api/events", api, api + "/dossier", api + "/sources/" + sourceIds.get(round % sourceIds.size()),
                api + "/search?q=" + encode(span(sentences, round)), semanticSearch(sentences, round));
    }

    private static String semanticSearch(List<String> sentences, int round) {
        return "/api/events/" + EVENT + "/search?mode=semantic&q=" + encode(span(sentences, round % NEW_SEMANTIC_QUERIES));
    }

    /** Words {@code n % 5 .. n % 5 + 3..6} of sentence {@code n}, cycling through the sentences. */
    private static String span(List<String> sentences, int n) {
        List<String> words = Arrays.stream(sentences.get(n % sentences.size()).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).toList();
        int from = Math.min(n % 5, Math.max(0, words.size() - 3));
        return String.join(" ", words.subList(from, Math.min(words.size(), from + 3 + n % 4)));
    }

    static byte[] sample() {
        try (InputStream in = WarmUp.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SAMPLE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sentences of at least three words in the sample's sources. */
    static List<String> sentences(byte[] sample) {
        SentenceSplitter splitter = new SentenceSplitter();
        List<String> out = new ArrayList<>();
        for (Source source : new JsonDossierReader().read(new String(sample, StandardCharsets.UTF_8)).sources()) {
            for (SentenceSpan span : splitter.split(source.text())) {
                String sentence = span.in(source.text());
                if (sentence.split("\\s+").length >= 3) {
                    out.add(sentence);
                }
            }
        }
        return out;
    }

    private static String encode(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("cannot delete the warm-up folder {}: {}", dir, e.toString());
        }
    }

    /**
     * GETs over kept-alive loopback connections, reading and dropping the bodies; counts requests and failures
     * (a status other than 200, or an I/O error). It is not the JDK's {@code java.net.http} client, so that what it
     * compiles is the server's code, not a client's. Thread-safe.
     */
    private static final class Client {
        private final URI base;
        private final String token;
        final AtomicInteger requests = new AtomicInteger();
        final AtomicInteger failures = new AtomicInteger();

        Client(URI base, String token) {
            this.base = base;
            this.token = token;
        }

        void get(String path) {
            requests.incrementAndGet();
            try {
                HttpURLConnection c = (HttpURLConnection) base.resolve(path).toURL().openConnection(Proxy.NO_PROXY);
                c.setConnectTimeout(5_000);
                c.setReadTimeout(120_000);
                c.setRequestProperty("Accept-Encoding", "gzip");
                if (token != null) {
                    c.setRequestProperty("Authorization", "Bearer " + token);
                }
                int status = c.getResponseCode();
                try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
                    if (in != null) {
                        in.transferTo(OutputStream.nullOutputStream());
                    }
                }
                if (status != 200) {
                    failures.incrementAndGet();
                }
            } catch (IOException e) {
                failures.incrementAndGet();
            }
        }
    }
}
