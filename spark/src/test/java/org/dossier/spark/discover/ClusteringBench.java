package org.dossier.spark.discover;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.dossier.discover.DiscoverConfig;
import org.dossier.discover.DiscoveredEvent;
import org.dossier.discover.DocumentFeatures;
import org.dossier.discover.EventDiscoverer;
import org.dossier.spark.SparkSessions;

/**
 * The clustering stage over a simulated stream ({@link SimulatedStream}), in process and on Spark. Arguments:
 * {@code WIKINEWS_TEXT_DIR MASTER|none N...}; prints both times, the in-process run's CPU time (of the thread that runs
 * it: steadier than wall time on a shared machine) and whether the events are the same.
 */
public final class ClusteringBench {

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        List<String> bases = SimulatedStream.baseTexts(Path.of(args[0]));
        boolean useSpark = !args[1].equals("none");
        SparkSession spark = useSpark ? SparkSessions.start(args[1], "clustering-bench") : null;
        JavaSparkContext jsc = useSpark ? JavaSparkContext.fromSparkContext(spark.sparkContext()) : null;
        for (int a = 2; a < args.length; a++) {
            int n = Integer.parseInt(args[a]);
            List<DocumentFeatures> f = SimulatedStream.features(bases, n);
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            List<DiscoveredEvent> events = new EventDiscoverer(DiscoverConfig.DEFAULT).discover(f);
            long t1 = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime() - c0;
            List<DiscoveredEvent> distributed = useSpark
                    ? new SparkEventDiscoverer(DiscoverConfig.DEFAULT).discover(jsc, jsc.parallelize(f, 8)) : null;
            long t2 = System.nanoTime();
            long multi = events.stream().filter(e -> e.size() >= 2).count();
            System.out.printf("n=%d events=%d (>=2: %d) inprocess=%.2fs (%.3f ms/article; CPU %.2fs, %.3f ms/article)"
                    + " spark=%.2fs (%.3f ms/article) same=%s%n",
                    n, events.size(), multi, (t1 - t0) / 1e9, (t1 - t0) / 1e6 / n, cpu / 1e9, cpu / 1e6 / n,
                    (t2 - t1) / 1e9, (t2 - t1) / 1e6 / n,
                    distributed == null ? "-" : distributed.equals(events));
        }
        if (spark != null) {
            spark.stop();
        }
    }
}
