import ai.djl.huggingface.tokenizers.*;
import ai.onnxruntime.*;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.LongBuffer;
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;

/**
 * bge-small through ONNX Runtime directly: CPU per sentence for padded batches of the given sizes (length-sorted) on a
 * session of the given threads, the lowest cosine of each against the first setting, then two callers one text at a
 * time with tokenization. Used to reject padded batches (docs/PERFORMANCE.md).
 * Usage: java -cp CLASSPATH bench/OrtBatchBench.java ARTICLES_DIR N THREADS 1,4,16,32
 */
public class OrtBatchBench {
    public static void main(String[] args) throws Exception {
        List<String> sentences = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (String s : Files.readString(f).split("(?<=[.!?])\\s+")) {
                    if (s.split("\\s+").length >= 5) sentences.add(s.strip());
                }
            }
        }
        int n = Integer.parseInt(args[1]);
        Collections.shuffle(sentences, new Random(7));
        List<String> sample = sentences.subList(0, n);
        ClassLoader cl = OrtBatchBench.class.getClassLoader();
        HuggingFaceTokenizer tok = HuggingFaceTokenizer.newInstance(cl.getResourceAsStream("bge-small-en-v1.5-q-tokenizer.json"), Map.of("padding", "false", "truncation", "true", "maxLength", "512"));
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        byte[] model = cl.getResourceAsStream("bge-small-en-v1.5-q.onnx").readAllBytes();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        int threads = Integer.parseInt(args[2]);
        OrtSession.SessionOptions o = new OrtSession.SessionOptions();
        o.setIntraOpNumThreads(threads); o.setInterOpNumThreads(1); o.addConfigEntry("session.intra_op.allow_spinning", "0");
        OrtSession session = env.createSession(model, o);
        System.out.println("inputs " + session.getInputNames() + " outputs " + session.getOutputNames());
        float[][] ref = null;
        for (String bs : args[3].split(",")) {
            int batch = Integer.parseInt(bs);
            Encoding[] enc = new Encoding[n];
            for (int i = 0; i < n; i++) enc[i] = tok.encode(sample.get(i));
            Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
            Arrays.sort(order, Comparator.comparingInt(i -> enc[i].getIds().length));
            float[][] out = new float[n][];
            long c0 = os.getProcessCpuTime(), w0 = System.nanoTime();
            for (int b = 0; b < n; b += batch) {
                int m = Math.min(batch, n - b);
                int len = 0;
                for (int k = 0; k < m; k++) len = Math.max(len, enc[order[b + k]].getIds().length);
                long[] ids = new long[m * len], mask = new long[m * len], types = new long[m * len];
                for (int k = 0; k < m; k++) {
                    long[] e = enc[order[b + k]].getIds();
                    System.arraycopy(e, 0, ids, k * len, e.length);
                    Arrays.fill(mask, k * len, k * len + e.length, 1L);
                }
                long[] shape = {m, len};
                try (OnnxTensor ti = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
                     OnnxTensor tm = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
                     OnnxTensor tt = OnnxTensor.createTensor(env, LongBuffer.wrap(types), shape);
                     OrtSession.Result r = session.run(Map.of("input_ids", ti, "attention_mask", tm, "token_type_ids", tt))) {
                    float[][][] h = (float[][][]) r.get(0).getValue();
                    for (int k = 0; k < m; k++) out[order[b + k]] = h[k][0];
                }
            }
            double cpu = (os.getProcessCpuTime() - c0) / 1e6 / n, wall = (System.nanoTime() - w0) / 1e6 / n;
            double minCos = 1;
            if (ref == null) ref = out; else for (int i = 0; i < n; i++) minCos = Math.min(minCos, cos(ref[i], out[i]));
            System.out.printf("threads %d batch %d: wall %.2f ms, CPU %.2f ms per sentence, min cosine vs first %.6f, load %.1f%n", threads, batch, wall, cpu, minCos, os.getSystemLoadAverage());
        }
        // parallel, tokenization included, batch 1
        for (int rep = 0; rep < 2; rep++) {
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            long c0 = os.getProcessCpuTime(), w0 = System.nanoTime();
            List<java.util.concurrent.Future<float[]>> fs = new ArrayList<>();
            for (String s : sample) fs.add(pool.submit(() -> {
                long[] e = tok.encode(s).getIds();
                long[] mask = new long[e.length]; Arrays.fill(mask, 1L);
                long[] shape = {1, e.length};
                try (OnnxTensor ti = OnnxTensor.createTensor(env, LongBuffer.wrap(e), shape);
                     OnnxTensor tm = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
                     OnnxTensor tt = OnnxTensor.createTensor(env, LongBuffer.wrap(new long[e.length]), shape);
                     OrtSession.Result r = session.run(Map.of("input_ids", ti, "attention_mask", tm, "token_type_ids", tt))) {
                    return ((float[][][]) r.get(0).getValue())[0][0];
                }
            }));
            for (var f : fs) f.get();
            double cpu = (os.getProcessCpuTime() - c0) / 1e6 / n, wall = (System.nanoTime() - w0) / 1e6 / n;
            System.out.printf("2 callers, tokenizing, batch 1: wall %.2f ms, CPU %.2f ms per sentence, load %.1f%n", wall, cpu, os.getSystemLoadAverage());
            pool.shutdown();
        }
        System.exit(0);
    }
    static double cos(float[] a, float[] b) { double d=0,x=0,y=0; for(int i=0;i<a.length;i++){d+=a[i]*b[i];x+=a[i]*a[i];y+=b[i]*b[i];} return d/Math.sqrt(x*y); }
}
