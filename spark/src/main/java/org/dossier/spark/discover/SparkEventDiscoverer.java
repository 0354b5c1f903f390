package org.dossier.spark.discover;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.dossier.discover.DiscoverConfig;
import org.dossier.discover.DiscoveredEvent;
import org.dossier.discover.DocumentFeatures;
import org.dossier.discover.EventIds;
import org.dossier.discover.EventSummaries;
import org.dossier.discover.cluster.AverageLinkClusterer;
import org.dossier.discover.cluster.BlockingKeys;
import org.dossier.discover.cluster.DocumentVector;
import org.dossier.discover.cluster.EventSimilarity;
import org.dossier.discover.cluster.FeatureStatistics;
import org.dossier.discover.cluster.LocalScale;
import org.dossier.discover.cluster.ParticipantSplit;
import org.dossier.discover.cluster.ScoredPair;
import org.dossier.discover.cluster.Vectorizer;
import scala.Tuple2;

/**
 * {@link org.dossier.discover.EventDiscoverer#discover} distributed: statistics reduced from partitions, candidate pairs
 * made and scored per blocking key in executors, each document's local scale ({@link LocalScale}) from its own pair
 * similarities grouped by document, pairs rescaled by the two scales, the pair graph split
 * into connected components, average link and the participant split run per component in executors (with the
 * component's document vectors), and each event summarized where its documents
 * are. Average link only merges groups joined by a pair, and within a component it merges in the same order as in one
 * process, so the events, their ids and their summaries are the same. The driver holds the source ids and a few numbers
 * per document, never the features, vectors or pairs.
 */
public final class SparkEventDiscoverer {

    private final DiscoverConfig config;

    public SparkEventDiscoverer(DiscoverConfig config) {
        this.config = config;
    }

    /** The events of {@code features}, sorted by their first source id, as the in-process engine gives them. */
    public List<DiscoveredEvent> discover(JavaSparkContext spark, JavaRDD<DocumentFeatures> features) {
        List<String> ids = new ArrayList<>(features.map(DocumentFeatures::sourceId).collect());
        if (ids.isEmpty()) {
            return List.of();
        }
        ids.sort(null); // documents are numbered in source id order, as in process
        int n = ids.size();
        Map<String, Integer> number = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (number.put(ids.get(i), i) != null) {
                throw new IllegalArgumentException("document " + ids.get(i) + " is given twice");
            }
        }
        Broadcast<Map<String, Integer>> numbers = spark.broadcast(number);
        JavaPairRDD<Integer, Tuple2<DocumentFeatures, DocumentVector>> docs = null;
        JavaPairRDD<Long, Double> pairs = null;
        JavaPairRDD<Integer, DocumentFeatures> indexed = features.mapToPair(f -> new Tuple2<>(numbers.value().get(f.sourceId()), f))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            FeatureStatistics statistics = indexed.values().mapPartitions(SparkEventDiscoverer::statisticsOf)
                    .reduce(FeatureStatistics::merge);
            Broadcast<FeatureStatistics> stats = spark.broadcast(statistics);
            DiscoverConfig cfg = config;
            docs = indexed.mapValues(f -> new Tuple2<>(f, new Vectorizer(stats.value()).vector(f)))
                    .persist(StorageLevel.MEMORY_AND_DISK());

            pairs = docs.flatMapToPair(t -> new BlockingKeys(cfg).of(t._2._2, stats.value()::documentFrequency).stream()
                            .map(k -> new Tuple2<>(k, new Tuple2<>(t._1, t._2._2))).iterator())
                    .groupByKey().flatMapToPair(block -> scoreBlock(block._2, cfg).iterator())
                    .reduceByKey((a, b) -> a).persist(StorageLevel.MEMORY_AND_DISK());

            double[] scale = new double[n];
            java.util.Arrays.fill(scale, config.minScale());
            int rank = config.neighbourRank();
            double gap = config.neighbourGap();
            double floor = config.minScale();
            pairs.flatMapToPair(p -> List.of(new Tuple2<>(first(p._1), p._2), new Tuple2<>(second(p._1), p._2)).iterator())
                    .groupByKey().mapValues(similarities -> LocalScale.of(similarities, rank, gap, floor)).collect()
                    .forEach(t -> scale[t._1] = t._2);
            Broadcast<double[]> scales = spark.broadcast(scale);

            Broadcast<int[]> component = spark.broadcast(
                    ConnectedComponents.of(pairs.mapToPair(p -> new Tuple2<>(first(p._1), second(p._1))), n));
            JavaPairRDD<Integer, Tuple2<Integer, DocumentVector>> componentDocs = docs
                    .mapToPair(d -> new Tuple2<>(component.value()[d._1], new Tuple2<>(d._1, d._2._2)));
            List<Tuple2<Integer, Integer>> grouped = pairs
                    .mapToPair(p -> new Tuple2<>(component.value()[first(p._1)], p))
                    .cogroup(componentDocs)
                    .flatMap(c -> clusterComponent(c._2._1, c._2._2, scales.value(), cfg).iterator())
                    .collect();
            int[] group = IntStream.range(0, n).toArray();
            for (Tuple2<Integer, Integer> g : grouped) {
                group[g._1] = g._2;
            }
            Broadcast<int[]> groups = spark.broadcast(group);
            Broadcast<Map<Integer, String>> eventIds = spark.broadcast(eventIds(ids, group));
            List<DiscoveredEvent> events = new ArrayList<>(docs
                    .mapToPair(d -> new Tuple2<>(groups.value()[d._1], d))
                    .groupByKey()
                    .map(e -> summarize(eventIds.value().get(e._1), e._2))
                    .collect());
            events.sort(Comparator.comparing((DiscoveredEvent e) -> e.sources().get(0)));
            return events;
        } finally {
            indexed.unpersist(false);
            if (docs != null) {
                docs.unpersist(false);
            }
            if (pairs != null) {
                pairs.unpersist(false);
            }
        }
    }

    /** Ids as the in-process engine gives them: in order of each event's first document, from its source id. */
    static Map<Integer, String> eventIds(List<String> sourceIds, int[] group) {
        Map<Integer, String> out = new HashMap<>();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < group.length; i++) {
            if (group[i] == i) {
                String id = EventIds.newId(sourceIds.get(i), used);
                used.add(id);
                out.put(i, id);
            }
        }
        return out;
    }

    private static Iterator<FeatureStatistics> statisticsOf(Iterator<DocumentFeatures> it) {
        FeatureStatistics s = new FeatureStatistics();
        it.forEachRemaining(s::add);
        return List.of(s).iterator();
    }

    /**
     * Every pair of a block (the documents that keep one key: at most {@code maxBlock + 1}, see {@link BlockingKeys}),
     * scored; key {@code a << 32 | b} with {@code a < b}.
     */
    private static List<Tuple2<Long, Double>> scoreBlock(Iterable<Tuple2<Integer, DocumentVector>> block, DiscoverConfig config) {
        List<Tuple2<Integer, DocumentVector>> docs = new ArrayList<>();
        block.forEach(docs::add);
        docs.sort(Comparator.comparingInt(d -> d._1));
        EventSimilarity similarity = new EventSimilarity(config);
        List<Tuple2<Long, Double>> out = new ArrayList<>();
        for (int x = 0; x < docs.size(); x++) {
            for (int y = x + 1; y < docs.size(); y++) {
                double s = similarity.score(docs.get(x)._2, docs.get(y)._2);
                if (s > 0) {
                    out.add(new Tuple2<>(((long) docs.get(x)._1 << 32) | docs.get(y)._1, s));
                }
            }
        }
        return out;
    }

    /**
     * Average link over one component's pairs, rescaled by the documents' local scales, then the participant split
     * ({@link ParticipantSplit}) with the component's documents, in global indexes: (document, first document of its group).
     */
    private static List<Tuple2<Integer, Integer>> clusterComponent(Iterable<Tuple2<Long, Double>> pairs,
            Iterable<Tuple2<Integer, DocumentVector>> documents, double[] scale, DiscoverConfig config) {
        List<ScoredPair> global = new ArrayList<>();
        pairs.forEach(p -> global.add(new ScoredPair(first(p._1), second(p._1),
                LocalScale.rescaled(p._2, scale[first(p._1)], scale[second(p._1)]))));
        int[] nodes = global.stream().flatMapToInt(p -> IntStream.of(p.a(), p.b())).distinct().sorted().toArray();
        Map<Integer, Integer> local = new HashMap<>();
        for (int i = 0; i < nodes.length; i++) {
            local.put(nodes[i], i);
        }
        List<ScoredPair> localPairs = global.stream()
                .map(p -> new ScoredPair(local.get(p.a()), local.get(p.b()), p.similarity()))
                .sorted(Comparator.comparingInt(ScoredPair::a).thenComparingInt(ScoredPair::b)).toList();
        DocumentVector[] vectors = new DocumentVector[nodes.length];
        documents.forEach(d -> {
            Integer i = local.get(d._1);
            if (i != null) {
                vectors[i] = d._2;
            }
        });
        int[] group = ParticipantSplit.refine(new AverageLinkClusterer(config.threshold()).cluster(nodes.length, localPairs),
                localPairs, java.util.Arrays.asList(vectors), config);
        List<Tuple2<Integer, Integer>> out = new ArrayList<>(nodes.length);
        for (int i = 0; i < nodes.length; i++) {
            out.add(new Tuple2<>(nodes[i], nodes[group[i]]));
        }
        return out;
    }

    private static DiscoveredEvent summarize(String id, Iterable<Tuple2<Integer, Tuple2<DocumentFeatures, DocumentVector>>> members) {
        List<Tuple2<Integer, Tuple2<DocumentFeatures, DocumentVector>>> docs = new ArrayList<>();
        members.forEach(docs::add);
        docs.sort(Comparator.comparingInt(d -> d._1));
        return EventSummaries.summarize(id, docs.stream().map(d -> d._2._1).toList(), docs.stream().map(d -> d._2._2).toList());
    }

    private static int first(long pair) {
        return (int) (pair >>> 32);
    }

    private static int second(long pair) {
        return (int) pair;
    }
}
