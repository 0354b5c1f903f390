import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import org.dossier.embed.BgeSentenceEmbedder;
import org.dossier.web.DossierServer;
import org.dossier.web.WebConfig;
import org.dossier.web.search.SearchEmbedder;

/**
 * CPU per request of `dossier serve`, by kind of request, over loopback in one process (server and client together):
 * the example dossier.json plain and gzip-accepted, a source text, a full-text search, a semantic search of a repeated
 * query and of seeded random 4–8 word spans (a new query each time). Each kind runs alone: a warm-up round, then one
 * caller, then 8 at once. Clients discard bodies. The embedding session is "default", "library" or a number of threads per
 * call, as in QueryEmbedBench. Usage:
 * java -cp CLASSPATH bench/ServerCostBench.java DOSSIER_JSON [REQUESTS] [SESSION]
 */
public class ServerCostBench {

    public static void main(String[] args) throws Exception {
        Path dossierJson = Path.of(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        String threads = args.length > 2 ? args[2] : "default";
        Path root = Files.createTempDirectory("server-cost");
        Path event = Files.createDirectories(root.resolve("example"));
        Files.copy(dossierJson, event.resolve("dossier.json"));
        JsonNode dossier = new ObjectMapper().readTree(dossierJson.toFile());
        List<String> sourceIds = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (JsonNode s : dossier.get("sources")) {
            sourceIds.add(s.get("id").asText());
            words.addAll(Arrays.stream(s.get("text").asText().split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList());
        }
        Random random = new Random(20261124);
        BgeSentenceEmbedder model = threads.equals("library") ? new BgeSentenceEmbedder(new BgeSmallEnV15QuantizedEmbeddingModel())
                : threads.equals("default") ? new BgeSentenceEmbedder()
                : new BgeSentenceEmbedder(Integer.parseInt(threads));
        try (DossierServer server = DossierServer.start(root, (a, o, p) -> {
            throw new IllegalStateException("no builds in the benchmark");
        }, new SearchEmbedder(model, BgeSentenceEmbedder.QUERY_INSTRUCTION), WebConfig.onPort(0))) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            URI base = server.uri();
            send(http, base.resolve("/api/events/example/search?mode=semantic&q=warm"), false);
            IntFunction<String> span = i -> {
                synchronized (random) {
                    int len = 4 + random.nextInt(5);
                    int from = random.nextInt(words.size() - len);
                    return URLEncoder.encode(String.join(" ", words.subList(from, from + len)), StandardCharsets.UTF_8);
                }
            };
            System.out.printf("ONNX threads per call: %s; load average %.1f on %d cores%n", threads,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
            run(http, "dossier.json", n, false, i -> base.resolve("/api/events/example/dossier"));
            run(http, "dossier.json (gzip)", n, true, i -> base.resolve("/api/events/example/dossier"));
            run(http, "source text (gzip)", n, true, i -> base.resolve("/api/events/example/sources/" + sourceIds.get(i % sourceIds.size())));
            run(http, "full-text search", n, false, i -> base.resolve("/api/events/example/search?q=" + span.apply(i)));
            run(http, "full-text search (gzip)", n, true, i -> base.resolve("/api/events/example/search?q=" + span.apply(i)));
            run(http, "semantic, repeated query", n, true,
                    i -> base.resolve("/api/events/example/search?mode=semantic&q=liquefied%20natural%20gas%20purchases"));
            run(http, "semantic, new query", n, true, i -> base.resolve("/api/events/example/search?mode=semantic&q=" + span.apply(i)));
        }
        System.exit(0);
    }

    interface Uris {
        URI get(int i);
    }

    static void run(HttpClient http, String name, int n, boolean gzip, Uris uris) throws Exception {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        StringBuilder line = new StringBuilder(String.format("%-26s", name));
        for (int callers : new int[] {0, 1, 8}) {
            ExecutorService pool = Executors.newFixedThreadPool(callers == 0 ? 8 : callers);
            List<Double> ms = new ArrayList<>();
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            List<Future<Double>> done = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                URI uri = uris.get(i);
                done.add(pool.submit(() -> {
                    long s = System.nanoTime();
                    send(http, uri, gzip);
                    return (System.nanoTime() - s) / 1e6;
                }));
            }
            for (Future<Double> f : done) {
                ms.add(f.get());
            }
            double cpu = (os.getProcessCpuTime() - cpu0) / 1e6 / n;
            double wall = (System.nanoTime() - t0) / 1e9;
            pool.shutdown();
            if (callers == 0) {
                continue; // the warm-up round: 8 callers, not reported
            }
            ms.sort(null);
            line.append(String.format(" | %d caller%s: CPU %5.2f ms/request, %5.0f requests/s, p50 %6.1f ms",
                    callers, callers == 1 ? " " : "s", cpu, n / wall, ms.get(ms.size() / 2)));
        }
        System.out.println(line);
    }

    static void send(HttpClient http, URI uri, boolean gzip) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(uri).GET();
        if (gzip) {
            r.header("Accept-Encoding", "gzip");
        }
        HttpResponse<Void> response = http.send(r.build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " for " + uri);
        }
    }
}
