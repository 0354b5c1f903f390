package org.dossier.spark.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.dossier.discover.DiscoverConfig;
import org.dossier.discover.DiscoveredEvent;
import org.dossier.discover.DocumentFeatures;
import org.dossier.discover.EventDiscoverer;
import org.dossier.spark.SparkSessions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The distributed clustering gives exactly the events of the in-process one, on a stream with many events. */
class SparkEventDiscovererTest {

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSessions.start("local[2]", "spark-event-discoverer-test");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void aStreamOfManyStoriesSplitOverPartitionsGivesTheEventsOfTheInProcessEngine() {
        List<DocumentFeatures> stream = stream(300, 45, new Random(7));
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());

        List<DiscoveredEvent> inProcess = new EventDiscoverer(DiscoverConfig.DEFAULT).discover(stream);
        List<DiscoveredEvent> onSpark = new SparkEventDiscoverer(DiscoverConfig.DEFAULT).discover(jsc, jsc.parallelize(stream, 4));

        assertThat(onSpark).isEqualTo(inProcess);
        assertThat(inProcess.size()).as("neither one event nor one per article").isBetween(30, 200);
        assertThat(inProcess.stream().filter(e -> e.size() >= 3).count()).isGreaterThan(20);
    }

    @Test
    void aDocumentKeepsTheSameBlockingKeysOnSparkWhenItsBudgetBites() {
        List<DocumentFeatures> stream = stream(300, 45, new Random(7));
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        DiscoverConfig tight = DiscoverConfig.DEFAULT.withMaxBlock(30);

        List<DiscoveredEvent> inProcess = new EventDiscoverer(tight).discover(stream);
        List<DiscoveredEvent> onSpark = new SparkEventDiscoverer(tight).discover(jsc, jsc.parallelize(stream, 4));

        assertThat(onSpark).isEqualTo(inProcess);
        assertThat(inProcess).as("fewer candidate pairs, other events")
                .isNotEqualTo(new EventDiscoverer(DiscoverConfig.DEFAULT).discover(stream));
    }

    @Test
    void anEmptyStreamHasNoEvents() {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());

        assertThat(new SparkEventDiscoverer(DiscoverConfig.DEFAULT).discover(jsc, jsc.parallelize(List.<DocumentFeatures>of(), 2)))
                .isEmpty();
    }

    /**
     * {@code n} documents about {@code stories} stories, three stories to a topic: a document takes words from a shared
     * vocabulary, from its topic's and from its story's, names its story's person (one time in four its topic's first
     * story's) and a random city, and gives its story's day. Stories of one topic are similar but different events, so
     * the groups depend on the threshold: a threshold 10% off gives other events. One document in ten is an exact copy of
     * the one before (wire copies give equal similarities, the ties both engines must break alike).
     */
    private static List<DocumentFeatures> stream(int n, int stories, Random random) {
        List<DocumentFeatures> out = new ArrayList<>();
        DocumentFeatures previous = null;
        for (int i = 0; i < n; i++) {
            String id = String.format("d%04d", i);
            if (previous != null && i % 10 == 9) {
                out.add(new DocumentFeatures(id, previous.date(), previous.title(), previous.terms(), previous.entities(),
                        previous.labels(), previous.dates()));
                continue;
            }
            int story = random.nextInt(stories);
            int topic = story / 3;
            Map<String, Integer> terms = new HashMap<>();
            for (int w = 0; w < 30; w++) {
                int r = random.nextInt(10);
                String term = r < 3 ? "common" + random.nextInt(200)
                        : r < 7 ? "t" + topic + "w" + random.nextInt(25) : "s" + story + "w" + random.nextInt(25);
                terms.merge(term, 1, Integer::sum);
            }
            Map<String, Integer> entities = new HashMap<>();
            Map<String, String> labels = new HashMap<>();
            String person = "person:p" + (random.nextInt(4) == 0 ? topic * 3 : story);
            entities.put(person, 1 + random.nextInt(3));
            labels.put(person, "Person " + story);
            String place = "place:c" + random.nextInt(20);
            entities.put(place, 1);
            labels.put(place, "City " + place.substring(7));
            String day = String.format("2020-%02d-%02d", 1 + story % 12, 1 + story % 28);
            previous = new DocumentFeatures(id, day, "Story " + story + " report " + i, terms, entities, labels, Map.of(day, 1));
            out.add(previous);
        }
        return out;
    }
}
