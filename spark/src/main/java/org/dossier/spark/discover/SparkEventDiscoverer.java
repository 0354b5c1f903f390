package org.dossier.spark.discover;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.dossier.discover.DiscoverConfig;
import org.dossier.discover.DocumentFeatures;
import org.dossier.discover.cluster.AverageLinkClusterer;
import org.dossier.discover.cluster.BlockingKeys;
import org.dossier.discover.cluster.DocumentVector;
import org.dossier.discover.cluster.EventSimilarity;
import org.dossier.discover.cluster.FeatureStatistics;
import org.dossier.discover.cluster.ScoredPair;
import org.dossier.discover.cluster.Vectorizer;
import scala.Tuple2;

/**
 * The clustering of {@code EventDiscoverer}, distributed: statistics reduced from partitions, candidate pairs made and
 * scored per blocking key in executors, the pair graph split into connected components, and average-link clustering run
 * per component in executors. Average link only merges groups joined by a candidate pair, so no event spans two
 * components, and within one the merges happen in the same order as in process: the groups are the same.
 */
public final class SparkEventDiscoverer {

    private final DiscoverConfig config;

    public SparkEventDiscoverer(DiscoverConfig config) {
        this.config = config;
    }

    /** Each document's group: the index (in source id order) of the first document of its event. */
    public Clustering cluster(JavaSparkContext spark, JavaRDD<DocumentFeatures> features) {
        JavaPairRDD<Integer, DocumentFeatures> indexed = features.sortBy(DocumentFeatures::sourceId, true, features.getNumPartitions())
                .zipWithIndex().mapToPair(t -> new Tuple2<>(Math.toIntExact(t._2), t._1)).persist(StorageLevel.MEMORY_AND_DISK());
        int n = Math.toIntExact(indexed.count());
        List<String> ids = indexed.map(t -> t._2.sourceId()).collect();
        if (n == 0) {
            return new Clustering(List.of(), new int[0]);
        }
        FeatureStatistics statistics = indexed.values().mapPartitions(it -> List.of(statisticsOf(it)).iterator())
                .reduce(FeatureStatistics::merge);
        Broadcast<FeatureStatistics> stats = spark.broadcast(statistics);
        DiscoverConfig cfg = config;

        JavaPairRDD<Long, Double> pairs = indexed.flatMapToPair(t -> {
            DocumentVector v = new Vectorizer(stats.value()).vector(t._2);
            return new BlockingKeys(cfg).of(v).stream().map(k -> new Tuple2<>(k, t)).iterator();
        }).groupByKey().flatMapToPair(block -> scoreBlock(block._2, cfg, stats.value()).iterator())
                .reduceByKey((a, b) -> a).persist(StorageLevel.MEMORY_AND_DISK());

        JavaPairRDD<Integer, Integer> edges = pairs.mapToPair(p -> new Tuple2<>(first(p._1), second(p._1)));
        Broadcast<int[]> component = spark.broadcast(ConnectedComponents.of(edges, n));
        double threshold = config.threshold();
        List<Tuple2<Integer, Integer>> grouped = pairs
                .mapToPair(p -> new Tuple2<>(component.value()[first(p._1)], new Tuple2<>(p._1, p._2)))
                .groupByKey()
                .flatMap(c -> clusterComponent(c._2, threshold).iterator())
                .collect();
        pairs.unpersist(false);
        indexed.unpersist(false);

        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = i;
        }
        for (Tuple2<Integer, Integer> g : grouped) {
            group[g._1] = g._2;
        }
        return new Clustering(ids, group);
    }

    private static FeatureStatistics statisticsOf(Iterator<DocumentFeatures> it) {
        FeatureStatistics s = new FeatureStatistics();
        it.forEachRemaining(s::add);
        return s;
    }

    /** Every pair of a block not too common, scored; key {@code a << 32 | b}. */
    private static List<Tuple2<Long, Double>> scoreBlock(Iterable<Tuple2<Integer, DocumentFeatures>> block, DiscoverConfig config,
            FeatureStatistics statistics) {
        List<Tuple2<Integer, DocumentFeatures>> docs = new ArrayList<>();
        block.forEach(docs::add);
        if (docs.size() < 2 || docs.size() > config.maxBlock()) {
            return List.of();
        }
        docs.sort((x, y) -> Integer.compare(x._1, y._1));
        Vectorizer vectorizer = new Vectorizer(statistics);
        List<DocumentVector> vectors = docs.stream().map(d -> vectorizer.vector(d._2)).toList();
        EventSimilarity similarity = new EventSimilarity(config);
        List<Tuple2<Long, Double>> out = new ArrayList<>();
        for (int x = 0; x < docs.size(); x++) {
            for (int y = x + 1; y < docs.size(); y++) {
                double s = similarity.score(vectors.get(x), vectors.get(y));
                if (s > 0) {
                    out.add(new Tuple2<>(((long) docs.get(x)._1 << 32) | docs.get(y)._1, s));
                }
            }
        }
        return out;
    }

    /** Average link over one component's pairs, in global indexes: (document, first document of its group). */
    private static List<Tuple2<Integer, Integer>> clusterComponent(Iterable<Tuple2<Long, Double>> pairs, double threshold) {
        List<ScoredPair> global = new ArrayList<>();
        pairs.forEach(p -> global.add(new ScoredPair(first(p._1), second(p._1), p._2)));
        int[] nodes = global.stream().flatMapToInt(p -> java.util.stream.IntStream.of(p.a(), p.b())).distinct().sorted().toArray();
        Map<Integer, Integer> local = new HashMap<>();
        for (int i = 0; i < nodes.length; i++) {
            local.put(nodes[i], i);
        }
        List<ScoredPair> localPairs = global.stream()
                .map(p -> new ScoredPair(local.get(p.a()), local.get(p.b()), p.similarity()))
                .sorted(java.util.Comparator.comparingInt(ScoredPair::a).thenComparingInt(ScoredPair::b)).toList();
        int[] group = new AverageLinkClusterer(threshold).cluster(nodes.length, localPairs);
        List<Tuple2<Integer, Integer>> out = new ArrayList<>(nodes.length);
        for (int i = 0; i < nodes.length; i++) {
            out.add(new Tuple2<>(nodes[i], nodes[group[i]]));
        }
        return out;
    }

    private static int first(long pair) {
        return (int) (pair >>> 32);
    }

    private static int second(long pair) {
        return (int) pair;
    }

    /**
     * The result: source ids in order, and each one's group (the index of its event's first document).
     */
    public record Clustering(List<String> sourceIds, int[] group) {

        public Clustering {
            sourceIds = List.copyOf(sourceIds);
            group = Arrays.copyOf(group, group.length);
        }
    }
}
