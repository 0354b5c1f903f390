package org.dossier.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.TaskFailedReason;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dossier.build.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-document stages on Spark in local mode, with an annotator that needs no models. */
class FactsJobTest {

    /** Two threads, and each task may fail once: Spark's local mode retries only with a second number. */
    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = SparkSessions.start("local[2,2]", "facts-job-test");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void writesOneRowPerArticleAndRejectsTheBadOnesWithTheirReason() throws Exception {
        Path in = articles(List.of(
                "rain.txt", "Heavy rain fell on Monday.\nThe river rose 3 metres.",
                "summit.txt", "The summit ended on Friday.\nLeaders signed a deal worth $5 million.",
                "poison.txt", "This text is POISON to the annotator.",
                "empty.txt", "   \n"));

        FactsResult result = job(null).run(inputs(in), dir.resolve("out").toString());

        assertThat(result.documents()).isEqualTo(2);
        assertThat(result.rejected()).extracting(Rejection::id, Rejection::stage).containsExactly(
                org.assertj.core.groups.Tuple.tuple("empty", "ingest"), org.assertj.core.groups.Tuple.tuple("poison", "annotate"));
        List<String> lines = Files.readAllLines(dir.resolve("out/rejected.jsonl"));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("{\"id\":\"poison\",\"uri\":\"file:").contains("\"stage\":\"annotate\"")
                .contains("cannot annotate a poisoned text");
        List<Row> rows = spark.read().parquet(dir.resolve("out/facts.parquet").toString()).orderBy("source_id")
                .select("source_id", "text", "published_inferred").collectAsList();
        assertThat(rows).extracting(r -> r.getString(0)).containsExactly("rain", "summit");
        assertThat(rows.get(0).getString(1)).isEqualTo("Heavy rain fell on Monday.\nThe river rose 3 metres.");
    }

    @Test
    void factsAreQueryableAsNestedColumnsWithTheirOffsets() throws Exception {
        Path in = articles(List.of("deal.txt", "Leaders signed a deal worth $5 million on Friday."));

        job(null).run(inputs(in), dir.resolve("out").toString());

        spark.read().parquet(dir.resolve("out/facts.parquet").toString()).createOrReplaceTempView("facts");
        List<Row> figures = spark.sql("SELECT source_id, f.evidence.text, f.evidence.start, f.low, f.unit "
                + "FROM facts LATERAL VIEW explode(figures) AS f").collectAsList();
        assertThat(figures).hasSize(1);
        assertThat(figures.get(0).toString()).isEqualTo("[deal,$5 million,28,5000000.0,USD]");
    }

    @Test
    void aTaskThatFailsOnceIsRetriedAndTheOutputIsComplete() throws Exception {
        Path in = articles(List.of("a.txt", "First article.", "b.txt", "Second article.", "c.txt", "Third article.",
                "d.txt", "Fourth article."));
        AtomicInteger failedTasks = new AtomicInteger();
        SparkListener listener = new SparkListener() {
            @Override
            public void onTaskEnd(SparkListenerTaskEnd end) {
                if (end.reason() instanceof TaskFailedReason) {
                    failedTasks.incrementAndGet();
                }
            }
        };
        spark.sparkContext().addSparkListener(listener);
        try {
            FactsResult result = job("c").run(inputs(in), dir.resolve("out").toString());

            assertThat(result.documents()).isEqualTo(4);
            assertThat(result.rejected()).isEmpty();
            List<Row> ids = spark.read().parquet(dir.resolve("out/facts.parquet").toString()).orderBy("source_id")
                    .select("source_id").collectAsList();
            assertThat(ids).extracting(r -> r.getString(0)).containsExactly("a", "b", "c", "d");
            spark.sparkContext().listenerBus().waitUntilEmpty();
            assertThat(failedTasks.get()).isEqualTo(1);
        } finally {
            spark.sparkContext().removeSparkListener(listener);
        }
    }

    private FactsJob job(String failFirstAttemptOf) {
        return new FactsJob(spark, new WordAnnotators(), failFirstAttemptOf);
    }

    private JavaRDD<InputRecord> inputs(Path folder) throws Exception {
        return new SparkInputs(JavaSparkContext.fromSparkContext(spark.sparkContext()), 2)
                .read(List.of(folder.toString()), Progress.SILENT);
    }

    private Path articles(List<String> namesAndTexts) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < namesAndTexts.size(); i += 2) {
            Files.writeString(in.resolve(namesAndTexts.get(i)), namesAndTexts.get(i + 1), StandardCharsets.UTF_8);
        }
        return in;
    }
}
