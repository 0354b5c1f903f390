import ai.onnxruntime.*;
import java.lang.management.*;
import java.nio.LongBuffer;
import java.util.*;

/**
 * bge-small through ONNX Runtime on one thread: CPU per text for synthetic inputs of 8 to 128 word pieces, for the
 * session settings given (comma-separated: default, all, ext, basic, noarena, nopattern). Behind the cost model of
 * docs/PERFORMANCE.md (about 1.5 ms a call plus 0.19 ms a word piece).
 * Usage: java -cp "$(cat cli/target/classpath.txt)" bench/OrtLenProbe.java default,basic,noarena
 */
public class OrtLenProbe {
    public static void main(String[] args) throws Exception {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        byte[] model = OrtLenProbe.class.getClassLoader().getResourceAsStream("bge-small-en-v1.5-q.onnx").readAllBytes();
        ThreadMXBean tb = ManagementFactory.getThreadMXBean();
        for (String variant : args[0].split(",")) {
            OrtSession.SessionOptions o = new OrtSession.SessionOptions();
            o.setIntraOpNumThreads(1); o.setInterOpNumThreads(1);
            o.addConfigEntry("session.intra_op.allow_spinning", "0");
            if (variant.contains("all")) o.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            if (variant.contains("ext")) o.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.EXTENDED_OPT);
            if (variant.contains("basic")) o.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.BASIC_OPT);
            if (variant.contains("noarena")) o.setCPUArenaAllocator(false);
            if (variant.contains("nopattern")) o.setMemoryPatternOptimization(false);
            OrtSession s = env.createSession(model, o);
            boolean types = s.getInputNames().contains("token_type_ids");
            for (int L : new int[] {8, 16, 32, 64, 128}) {
                long[] ids = new long[L]; ids[0] = 101; for (int i = 1; i < L - 1; i++) ids[i] = 2000 + (i * 37) % 5000; ids[L - 1] = 102;
                long[] mask = new long[L]; Arrays.fill(mask, 1); long[] tt = new long[L];
                long[] shape = {1, L};
                int reps = 300;
                for (int w = 0; w < 2; w++) {
                    long c0 = tb.getCurrentThreadCpuTime();
                    for (int r = 0; r < reps; r++) {
                        try (OnnxTensor a = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
                             OnnxTensor b = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
                             OnnxTensor c = OnnxTensor.createTensor(env, LongBuffer.wrap(tt), shape);
                             OrtSession.Result res = s.run(types ? Map.of("input_ids", a, "attention_mask", b, "token_type_ids", c) : Map.of("input_ids", a, "attention_mask", b))) {
                            res.get(0);
                        }
                    }
                    if (w == 1) System.out.printf("%s L=%d: %.2f ms CPU per text%n", variant, L, (tb.getCurrentThreadCpuTime() - c0) / 1e6 / reps);
                }
            }
            s.close();
        }
    }
}
