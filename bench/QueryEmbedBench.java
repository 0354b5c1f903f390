import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import org.dossier.embed.BgeSentenceEmbedder;

/**
 * Cost of embedding one search query with BGE small (instruction included), as the web server does per semantic
 * search, for ONNX Runtime session settings: "library" (langchain4j's own session: a thread per core that spins while
 * idle), "default" (ours: a thread per core, up to 4, that sleeps while idle) or a number of threads per call (ours).
 * For each: queries one at a time (latency), then 8 callers at once (as concurrent requests do); process CPU per query
 * for both. Queries are seeded random 4–8 word spans of the articles given. Usage:
 * java -cp CLASSPATH bench/QueryEmbedBench.java ARTICLES_DIR [QUERIES] [SETTING,SETTING,...]
 */
public class QueryEmbedBench {

    public static void main(String[] args) throws Exception {
        List<String> words = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                words.addAll(Arrays.stream(Files.readString(f).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList());
            }
        }
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        Random random = new Random(20261124);
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int len = 4 + random.nextInt(5);
            int from = random.nextInt(words.size() - len);
            queries.add(BgeSentenceEmbedder.QUERY_INSTRUCTION + String.join(" ", words.subList(from, from + len)));
        }
        String[] settings = args.length > 2 ? args[2].split(",") : new String[] {"library", "1", "2", "library", "1", "2"};
        for (String setting : settings) {
            BgeSentenceEmbedder embedder = setting.equals("library") ? new BgeSentenceEmbedder(new BgeSmallEnV15QuantizedEmbeddingModel())
                    : setting.equals("default") ? new BgeSentenceEmbedder()
                    : new BgeSentenceEmbedder(Integer.parseInt(setting));
            for (int i = 0; i < 30; i++) {
                embedder.embed(List.of(queries.get(i)));
            }
            OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            List<Double> ms = new ArrayList<>();
            long cpu0 = os.getProcessCpuTime();
            long wall0 = System.nanoTime();
            for (String q : queries) {
                long t0 = System.nanoTime();
                embedder.embed(List.of(q));
                ms.add((System.nanoTime() - t0) / 1e6);
            }
            double serialCpu = (os.getProcessCpuTime() - cpu0) / 1e6 / queries.size();
            double serialWall = (System.nanoTime() - wall0) / 1e6 / queries.size();
            ExecutorService callers = Executors.newFixedThreadPool(8);
            cpu0 = os.getProcessCpuTime();
            wall0 = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (String q : queries) {
                done.add(callers.submit(() -> embedder.embed(List.of(q))));
            }
            for (Future<?> f : done) {
                f.get();
            }
            double parallelCpu = (os.getProcessCpuTime() - cpu0) / 1e6 / queries.size();
            double parallelWall = (System.nanoTime() - wall0) / 1e6 / queries.size();
            callers.shutdown();
            ms.sort(null);
            System.out.printf("session %-7s one at a time: p50 %.1f ms, p95 %.1f ms, CPU %.1f ms a query (wall %.1f) | "
                            + "8 callers: %.0f queries/s, CPU %.1f ms a query; load average %.1f%n",
                    setting, ms.get(ms.size() / 2), ms.get((int) Math.ceil(0.95 * ms.size()) - 1), serialCpu, serialWall,
                    1000 / parallelWall, parallelCpu, os.getSystemLoadAverage());
        }
        System.exit(0);
    }
}
