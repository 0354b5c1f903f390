package org.dossier.spark.discover;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.dossier.discover.DiscoverConfig;
import org.dossier.discover.DiscoveredEvent;
import org.dossier.discover.DocumentFeatures;
import org.dossier.discover.EventDiscoverer;
import org.dossier.spark.SparkSessions;

/** args: WIKINEWS_TEXT_DIR MASTER N... ; prints in-process and Spark clustering times and whether the groups agree. */
public final class ClusteringBench {
    public static void main(String[] args) throws Exception {
        List<String> bases = SimulatedStream.baseTexts(Path.of(args[0]));
        SparkSession spark = SparkSessions.start(args[1].equals("none") ? "local[1]" : args[1], "clustering-bench");
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        for (int a = 2; a < args.length; a++) {
            int n = Integer.parseInt(args[a]);
            List<DocumentFeatures> f = SimulatedStream.features(bases, n);
            long t0 = System.nanoTime();
            List<DiscoveredEvent> events = new EventDiscoverer(DiscoverConfig.DEFAULT).discover(f);
            long t1 = System.nanoTime();
            boolean useSpark = !args[1].equals("none");
            SparkEventDiscoverer.Clustering c = useSpark ? new SparkEventDiscoverer(DiscoverConfig.DEFAULT).cluster(jsc, jsc.parallelize(f, 8)) : null;
            long t2 = System.nanoTime();
            Map<String, Integer> eventOf = new HashMap<>();
            for (int e = 0; e < events.size(); e++) {
                for (String s : events.get(e).sources()) {
                    eventOf.put(s, e);
                }
            }
            boolean same = c != null;
            Map<Integer, Integer> map = new HashMap<>();
            for (int i = 0; c != null && i < n; i++) {
                Integer e = eventOf.get(c.sourceIds().get(i));
                Integer prev = map.putIfAbsent(c.group()[i], e);
                if (prev != null && !prev.equals(e)) { same = false; }
            }
            same &= map.size() == events.size();
            long sizes2 = events.stream().filter(e -> e.size() >= 2).count();
            System.out.printf("n=%d events=%d (>=2: %d) inprocess=%.2fs (%.3f ms/article) spark=%.2fs (%.3f ms/article) same=%s%n",
                    n, events.size(), sizes2, (t1 - t0) / 1e9, (t1 - t0) / 1e6 / n, (t2 - t1) / 1e9, (t2 - t1) / 1e6 / n, same);
        }
        spark.stop();
    }
}
