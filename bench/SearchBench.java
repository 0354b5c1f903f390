import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import org.dossier.embed.BgeSentenceEmbedder;
import org.dossier.ingest.FormatDetectingReader;
import org.dossier.ingest.RawInput;
import org.dossier.model.Source;
import org.dossier.reconcile.text.SentenceSplitter;
import org.dossier.web.DossierServer;
import org.dossier.web.WebConfig;
import org.dossier.web.search.SearchEmbedder;

/**
 * Search latency over one event of many articles, through the HTTP API of `dossier serve` on loopback: reads the
 * articles with the ingest readers (no NLP), stores their sources as the event's dossier, builds the sentence index
 * (BGE vectors), then sends seeded random queries one at a time, full-text (1–3 words of a random sentence) and
 * semantic (4–8 words, query embedding included), and prints latency percentiles per round. Each round and the warm-up
 * draw queries of their own, so the server's memory of recent query vectors does not answer a round's queries (its hit
 * count is printed). The workspace is kept, so a second run reuses the index. SESSION is the BGE session: "default",
 * "library" (langchain4j's own, spinning threads) or a number of threads per call. Usage:
 * java -cp CLASSPATH bench/SearchBench.java ARTICLES_DIR WORKSPACE_DIR [ROUNDS] [SESSION]
 */
public class SearchBench {

    public static void main(String[] args) throws Exception {
        Path articles = Path.of(args[0]);
        Path workspace = Path.of(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        String session = args.length > 3 ? args[3] : "default";
        ObjectMapper json = new ObjectMapper();
        List<Path> files;
        try (Stream<Path> s = Files.list(articles)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        FormatDetectingReader reader = new FormatDetectingReader();
        List<Map<String, Object>> sources = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Path f : files) {
            String id = f.getFileName().toString().replaceFirst("\\.txt$", "");
            Source s = reader.read(new RawInput(id, f.toUri().toString(), Files.readAllBytes(f)));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.id());
            m.put("title", s.title());
            m.put("text", s.text());
            sources.add(m);
            texts.add(s.text());
        }
        Path event = Files.createDirectories(workspace.resolve("wikinews"));
        if (!Files.exists(event.resolve("dossier.json"))) {   // kept between runs, and with it the index
            Files.writeString(event.resolve("dossier.json"), json.writeValueAsString(Map.of("schema", "dossier/1",
                    "event", Map.of("title", "Wikinews 2019-2020"), "sources", sources)));
        }

        Random random = new Random(20261123);
        List<String[]> warmUp = queries(texts, random, 50);
        List<List<String[]>> roundQueries = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            roundQueries.add(queries(texts, random, 400));
        }
        BgeSentenceEmbedder model = session.equals("library") ? new BgeSentenceEmbedder(new BgeSmallEnV15QuantizedEmbeddingModel())
                : session.equals("default") ? new BgeSentenceEmbedder() : new BgeSentenceEmbedder(Integer.parseInt(session));
        try (DossierServer server = DossierServer.start(workspace, (a, o, p) -> {
            throw new IllegalStateException("no builds in the benchmark");
        }, new SearchEmbedder(model, BgeSentenceEmbedder.QUERY_INSTRUCTION), WebConfig.onPort(0))) {
            HttpClient http = HttpClient.newHttpClient();
            long t0 = System.nanoTime();
            JsonNode first = get(http, json, server.uri(), "semantic", "warm up the index");
            System.out.printf("%d articles, %d sentences; first search (builds the index unless kept from a run before) %.1f s%n",
                    files.size(), sentences(texts), (System.nanoTime() - t0) / 1e9);
            for (String[] q : warmUp) {
                get(http, json, server.uri(), q[0], q[1]);
            }
            List<Double> p95s = new ArrayList<>();
            for (int r = 1; r <= rounds; r++) {
                List<Double> text = new ArrayList<>(), semantic = new ArrayList<>(), all = new ArrayList<>();
                for (String[] q : roundQueries.get(r - 1)) {
                    long s = System.nanoTime();
                    get(http, json, server.uri(), q[0], q[1]);
                    double ms = (System.nanoTime() - s) / 1e6;
                    (q[0].equals("text") ? text : semantic).add(ms);
                    all.add(ms);
                }
                System.out.printf("round %d: all %s | full-text %s | semantic %s%n", r, summary(all), summary(text), summary(semantic));
                p95s.add(percentile(all, 95));
            }
            p95s.sort(null);
            System.out.printf("median p95 over %d rounds of %d queries: %.1f ms; BGE session %s; query vectors reused %d of %d "
                            + "semantic searches; load average %.1f%n", rounds, 400, p95s.get(p95s.size() / 2), session,
                    server.queryCacheStats().hits(), server.queryCacheStats().hits() + server.queryCacheStats().misses(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    static int sentences(List<String> texts) {
        SentenceSplitter splitter = new SentenceSplitter();
        return texts.stream().mapToInt(t -> (int) splitter.split(t).stream().filter(s -> s.end() - s.start() >= 3).count()).sum();
    }

    /** Half full-text queries of 1–3 words, half semantic ones of 4–8 words, each from a random sentence. */
    static List<String[]> queries(List<String> texts, Random random, int n) {
        SentenceSplitter splitter = new SentenceSplitter();
        List<String[]> out = new ArrayList<>();
        while (out.size() < n) {
            String text = texts.get(random.nextInt(texts.size()));
            var spans = splitter.split(text);
            if (spans.isEmpty()) {
                continue;
            }
            String[] words = spans.get(random.nextInt(spans.size())).in(text).split("[^\\p{L}\\p{N}]+");
            words = Arrays.stream(words).filter(w -> !w.isEmpty()).toArray(String[]::new);
            boolean semantic = out.size() % 2 == 1;
            int len = semantic ? 4 + random.nextInt(5) : 1 + random.nextInt(3);
            if (words.length < len) {
                continue;
            }
            int from = random.nextInt(words.length - len + 1);
            out.add(new String[] {semantic ? "semantic" : "text", String.join(" ", Arrays.copyOfRange(words, from, from + len))});
        }
        return out;
    }

    static JsonNode get(HttpClient http, ObjectMapper json, URI base, String mode, String q) throws Exception {
        URI uri = base.resolve("/api/events/wikinews/search?mode=" + mode + "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(r.statusCode() + " for " + q + ": " + r.body());
        }
        return json.readTree(r.body());
    }

    static String summary(List<Double> ms) {
        return String.format("n=%d p50=%.1f p95=%.1f p99=%.1f max=%.1f ms", ms.size(), percentile(ms, 50), percentile(ms, 95),
                percentile(ms, 99), percentile(ms, 100));
    }

    static double percentile(List<Double> values, double p) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int i = (int) Math.ceil(p / 100 * v.length) - 1;
        return v[Math.max(0, Math.min(v.length - 1, i))];
    }
}
