package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import com.sun.management.OperatingSystemMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.dossier.embed.BgeSentenceEmbedder;
import org.dossier.model.Source;
import org.dossier.present.JsonDossierReader;
import org.dossier.reconcile.text.SentenceSpan;
import org.dossier.reconcile.text.SentenceSplitter;
import org.dossier.web.search.QueryCacheStats;
import org.dossier.web.search.SearchEmbedder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The load test (profile {@code load}): 200 clients on loopback for 60 s against the stored example dossier with the
 * real BGE model, each reading the dossier or a source text, or searching (full-text or semantic), then thinking for
 * 0.5–1.5 s. Clients ask for gzip like a browser, but never revalidate (every dossier read is a first visit), and
 * discard the bodies they receive. Half the queries are 12 fixed ones, half seeded random 4–8 word spans of the
 * example's sentences, so the server's query-vector cache is not all that is measured. Bounded in time and request
 * count; it stops by itself. It asserts no errors and a heap that does not grow; the latency percentiles go to stdout
 * and {@code target/load-test.txt} (the latency goal lives in docs/RELIABILITY.md), with where the slowest requests
 * were and the process CPU and JIT time of the first seconds, and every request to
 * {@code target/load-test-requests.csv}. The server is configured as {@code dossier serve}
 * configures it, warm-up at start included; {@code -Dload.warmUpRounds=0} measures it without. The clients' own HTTP code
 * is compiled before the run against a throwaway server ({@code -Dload.warmUpClients=false} skips that).
 */
class DossierServerLoadIT {

    private static final int CLIENTS = 200;
    private static final Duration RUN = Duration.ofSeconds(60);
    private static final int MAX_REQUESTS = 200_000;
    private static final List<String> QUERIES = List.of("Senkaku", "tariffs", "Nippon Steel", "liquefied natural gas purchases",
            "defence of the disputed islands", "what did Trump say about Ishiba", "investment in the United States",
            "North Korea", "joint statement", "trade deficit with Japan", "alliance", "energy exports to Asia");

    @TempDir
    Path root;

    @Test
    void twoHundredClientsForAMinuteGetNoErrorsAndTheHeapStaysFlat() throws Exception {
        Path event = Files.createDirectories(root.resolve("ishiba-2025"));
        try (InputStream in = DossierServerLoadIT.class.getResourceAsStream("example-dossier.json")) {
            Files.copy(in, event.resolve("dossier.json"));
        }
        List<List<String>> sentences = sentenceWords(event.resolve("dossier.json"));
        try (DossierServer server = DossierServer.start(root, (a, o, p) -> {
            throw new IllegalStateException("no builds in the load test");
        }, new SearchEmbedder(new BgeSentenceEmbedder(), BgeSentenceEmbedder.QUERY_INSTRUCTION),
                WebConfig.onPort(0).withWarmUpRounds(Integer.getInteger("load.warmUpRounds", WebConfig.DEFAULT_WARM_UP_ROUNDS)))) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            if (Boolean.parseBoolean(System.getProperty("load.warmUpClients", "true"))) {
                warmUpClients();
            }
            URI base = server.uri();
            send(http, base.resolve("/api/events/ishiba-2025/search?mode=semantic&q=warm"), Duration.ofMinutes(10)); // builds the index
            QueryCacheStats cache0 = server.queryCacheStats();

            ConcurrentLinkedQueue<Sample> latencies = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
            AtomicInteger requests = new AtomicInteger();
            List<Long> heap = Collections.synchronizedList(new ArrayList<>());
            OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            double loadAverage = os.getSystemLoadAverage();
            long cpu0 = os.getProcessCpuTime();
            long jit0 = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
            long start = System.nanoTime();
            long deadline = start + RUN.toNanos();
            ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
            List<String> early = Collections.synchronizedList(new ArrayList<>());
            for (int s : new int[] {1, 2, 3, 5, 10}) {
                sampler.schedule(() -> early.add(String.format("%d s: %.0f ms CPU, JIT %d ms", s, (os.getProcessCpuTime() - cpu0) / 1e6,
                        ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jit0)), s, TimeUnit.SECONDS);
            }
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                Random random = new Random(c);
                clients.submit(() -> {
                    while (System.nanoTime() < deadline && requests.incrementAndGet() <= MAX_REQUESTS) {
                        String path = request(random, sentences);
                        URI uri = base.resolve(path);
                        long t0 = System.nanoTime();
                        try {
                            int status = send(http, uri, Duration.ofSeconds(30));
                            latencies.add(new Sample(Kind.of(path), (t0 - start) / 1e9, (System.nanoTime() - t0) / 1e6));
                            if (status != 200) {
                                errors.add(status + " " + uri);
                            }
                        } catch (IOException | RuntimeException e) {
                            errors.add(e + " " + uri);
                        }
                        Thread.sleep(500 + random.nextInt(1000));
                    }
                    return null;
                });
            }
            clients.shutdown();
            while (!clients.awaitTermination(10, TimeUnit.SECONDS) && System.nanoTime() < deadline + 30_000_000_000L) {
                System.gc();
                heap.add(heapAfterLastGc() >> 20);
            }
            assertThat(clients.isTerminated()).as("the clients stop by themselves").isTrue();
            double cpuMsPerRequest = (os.getProcessCpuTime() - cpu0) / 1e6 / Math.max(1, latencies.size());
            long jitMillis = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jit0;
            QueryCacheStats cache = server.queryCacheStats();
            long hits = cache.hits() - cache0.hits();
            long misses = cache.misses() - cache0.misses();

            List<Double> sorted = new ArrayList<>(latencies.stream().map(Sample::millis).sorted().toList());
            String report = String.format("%d clients, %d s: %d requests (%.0f/s), %d errors; latency p50 %.1f ms, p95 %.1f ms, "
                            + "p99 %.1f ms, max %.1f ms; heap after GC every 10 s (MB): %s; process CPU %.1f ms a request "
                            + "(server and clients); query-vector cache %d hits, %d misses (%.0f %% hits); "
                            + "system load average at the start %.1f on %d cores",
                    CLIENTS, RUN.toSeconds(), sorted.size(), sorted.size() / (double) RUN.toSeconds(), errors.size(),
                    percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), percentile(sorted, 100), heap,
                    cpuMsPerRequest, hits, misses, 100.0 * hits / Math.max(1, hits + misses), loadAverage,
                    os.getAvailableProcessors());
            sampler.shutdownNow();
            String tail = tail(List.copyOf(latencies), percentile(sorted, 99)) + "; JIT compiler threads busy " + jitMillis
                    + " ms during the run; the first seconds (process CPU and JIT since the start): " + early
                    + "; the server's warm-up at start: " + server.warmUp();
            System.out.println(report);
            System.out.println(tail);
            Files.writeString(Path.of("target", "load-test.txt"), report + "\n" + tail + "\n");
            Files.write(Path.of("target", "load-test-requests.csv"), Stream.concat(Stream.of("kind,sent_s,ms"), latencies.stream()
                    .map(r -> String.format(java.util.Locale.ROOT, "%s,%.4f,%.2f", r.kind(), r.sentAt(), r.millis()))).toList());

            assertThat(errors).as("errors").isEmpty();
            assertThat(sorted.size()).isGreaterThan(CLIENTS * (int) RUN.toSeconds() / 4);
            assertThat(heap).hasSizeGreaterThanOrEqualTo(4);
            long first = heap.get(0);
            assertThat(heap.subList(heap.size() / 2, heap.size())).as("heap after GC, MB").allSatisfy(mb ->
                    assertThat(mb).isLessThanOrEqualTo(first + Math.max(64, first / 4)));
        }
    }

    /** The kinds of request, told apart by path. */
    private enum Kind {
        DOSSIER, SOURCE, TEXT_SEARCH, SEMANTIC_SEARCH;

        static Kind of(String path) {
            return path.endsWith("/dossier") ? DOSSIER : path.contains("/sources/") ? SOURCE
                    : path.contains("mode=semantic") ? SEMANTIC_SEARCH : TEXT_SEARCH;
        }
    }

    /** One answered request: its kind, when it was sent (seconds into the run) and how long it took. */
    private record Sample(Kind kind, double sentAt, double millis) {
    }

    /**
     * Where the slowest requests are: the p99 of each kind, and how many requests at or above the overall p99 were sent
     * in each 5 s of the run.
     */
    private static String tail(List<Sample> samples, double p99) {
        StringBuilder out = new StringBuilder("p99 by kind:");
        for (Kind kind : Kind.values()) {
            List<Double> sorted = samples.stream().filter(s -> s.kind() == kind).map(Sample::millis).sorted().toList();
            out.append(String.format(" %s %.1f ms (%d requests);", kind.name().toLowerCase(java.util.Locale.ROOT), percentile(sorted, 99),
                    sorted.size()));
        }
        int[] slow = new int[(int) RUN.toSeconds() / 5 + 1];
        samples.stream().filter(s -> s.millis() >= p99).forEach(s -> slow[Math.min(slow.length - 1, (int) (s.sentAt() / 5))]++);
        out.append(" requests at or above p99 by 5 s of the run: ").append(Arrays.toString(slow));
        return out.toString();
    }

    /**
     * One client action: the dossier (40 %), a source text (20 %), a full-text (20 %) or a semantic search (20 %); the
     * query is one of the fixed ones or, as often, a span of 4–8 words of a random sentence.
     */
    private static String request(Random random, List<List<String>> sentences) {
        int dice = random.nextInt(10);
        String q = URLEncoder.encode(query(random, sentences), StandardCharsets.UTF_8);
        if (dice < 4) {
            return "/api/events/ishiba-2025/dossier";
        } else if (dice < 6) {
            return "/api/events/ishiba-2025/sources/" + SOURCE_IDS.get(random.nextInt(SOURCE_IDS.size()));
        } else if (dice < 8) {
            return "/api/events/ishiba-2025/search?q=" + q;
        }
        return "/api/events/ishiba-2025/search?mode=semantic&q=" + q;
    }

    private static String query(Random random, List<List<String>> sentences) {
        if (random.nextBoolean()) {
            return QUERIES.get(random.nextInt(QUERIES.size()));
        }
        List<String> words = sentences.get(random.nextInt(sentences.size()));
        int len = Math.min(words.size(), 4 + random.nextInt(5));
        int from = random.nextInt(words.size() - len + 1);
        return String.join(" ", words.subList(from, from + len));
    }

    /** The words of each sentence of at least four words in the dossier's sources. */
    private static List<List<String>> sentenceWords(Path dossierJson) throws IOException {
        SentenceSplitter splitter = new SentenceSplitter();
        List<List<String>> out = new ArrayList<>();
        for (Source source : new JsonDossierReader().read(Files.readString(dossierJson)).sources()) {
            for (SentenceSpan span : splitter.split(source.text())) {
                List<String> words = Arrays.stream(span.in(source.text()).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
                if (words.size() >= 4) {
                    out.add(words);
                }
            }
        }
        return out;
    }

    /**
     * Compiles the clients' own code (the JDK HTTP client, as the measured clients use it) before the run, against a
     * throwaway JDK server that is not the one measured: real clients are browsers on other machines, so the time their
     * code spends being compiled in this JVM is not the server's latency. The measured server is not touched.
     */
    private static void warmUpClients() throws Exception {
        com.sun.net.httpserver.HttpServer dummy = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        byte[] body = new byte[16 * 1024];
        dummy.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, body.length);
            try (var out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        ExecutorService handlers = Executors.newFixedThreadPool(4);
        dummy.setExecutor(handlers);
        dummy.start();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        URI uri = URI.create("http://" + dummy.getAddress().getHostString() + ":" + dummy.getAddress().getPort() + "/warm");
        ExecutorService callers = Executors.newFixedThreadPool(50);
        try {
            List<java.util.concurrent.Future<Integer>> done = new ArrayList<>();
            for (int i = 0; i < 3_000; i++) {
                done.add(callers.submit(() -> send(http, uri, Duration.ofSeconds(30))));
            }
            for (java.util.concurrent.Future<Integer> f : done) {
                f.get();
            }
        } finally {
            callers.shutdownNow();
            dummy.stop(0);
            handlers.shutdownNow();
        }
    }

    private static final List<String> SOURCE_IDS = List.of("000_a84836fc9bfae287", "001_d072e86d91685106",
            "002_a4ac59212e22a917", "003_cde0f0b2bd50a8cd", "004_f2b89ed524697753");

    private static int send(HttpClient http, URI uri, Duration timeout) throws IOException {
        try {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(uri).timeout(timeout).header("Accept-Encoding", "gzip").GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return r.statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /**
     * The heap in use just after the last collection (the one System.gc() ran), pool by pool as the collector left it:
     * unlike the heap in use now, it does not count what 200 busy threads allocated since.
     */
    private static long heapAfterLastGc() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                used += pool.getCollectionUsage().getUsed();
            }
        }
        return used;
    }

    private static double percentile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
