package org.dossier.annotate.corenlp;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The model-loading probe of the benchmark suite: builds the annotator of the given configuration ({@code standard},
 * the default, or {@code corenlp}) and prints the wall time and the loading thread's CPU time. CPU time is what a
 * shared machine cannot inflate much. Not used by the product.
 */
public final class ModelLoadProbe {

    private ModelLoadProbe() {
    }

    public static void main(String[] args) {
        CoreNlpConfig config = args.length > 0 && args[0].equals("corenlp") ? CoreNlpConfig.CORENLP_DEFAULT
                : CoreNlpConfig.DEFAULT;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        CoreNlpAnnotator annotator = new CoreNlpAnnotator(config);
        long wall = System.nanoTime() - t0;
        long cpu = threads.getCurrentThreadCpuTime() - cpu0;
        System.out.printf("model loading (%s): %.1f s wall, %.1f s CPU of the loading thread%n", annotator.fingerprint(),
                wall / 1e9, cpu / 1e9);
    }
}
