package org.dossier.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The per-document stages on Spark: runs {@link DocumentStages} over the inputs in the executors, writes the facts
 * table ({@link FactsTable}) and {@code rejected.jsonl} (one line per input that failed, with its stage and reason).
 * One bad record never fails the job; a failed task is retried by Spark as its {@code spark.task.maxFailures} allows.
 */
public final class FactsJob {

    /** The file of rejected inputs in the output folder. */
    public static final String REJECTED_FILE = "rejected.jsonl";

    private final SparkSession spark;
    private final AnnotatorSource annotators;
    private final String failFirstAttemptOf;

    public FactsJob(SparkSession spark, StageSettings settings) {
        this(spark, new ExecutorAnnotators(settings), settings.failFirstAttemptOf());
    }

    /** A job with any annotator (tests use one without models). */
    public FactsJob(SparkSession spark, AnnotatorSource annotators, String failFirstAttemptOf) {
        this.spark = spark;
        this.annotators = annotators;
        this.failFirstAttemptOf = failFirstAttemptOf;
    }

    /** The outcome of every input, computed once (kept in memory or on the executors' disks for the next stages). */
    public JavaRDD<DocumentOutcome> outcomes(JavaRDD<InputRecord> inputs) {
        return inputs.mapPartitions(new DocumentStages(annotators, failFirstAttemptOf))
                .persist(StorageLevel.MEMORY_AND_DISK());
    }

    /** Writes the facts table and {@code rejected.jsonl} of {@code outcomes} into {@code outFolder}. */
    public FactsResult write(JavaRDD<DocumentOutcome> outcomes, String outFolder) {
        FactsTable.write(FactsTable.of(spark, outcomes), outFolder + "/" + FactsTable.FOLDER);
        long documents = outcomes.filter(o -> !o.isRejected()).count();
        List<Rejection> rejected = new ArrayList<>(outcomes.filter(DocumentOutcome::isRejected).map(DocumentOutcome::rejection).collect());
        rejected.sort(Comparator.comparing(Rejection::id));
        new OutputFiles(spark.sparkContext().hadoopConfiguration()).write(outFolder, REJECTED_FILE, jsonLines(rejected));
        return new FactsResult(documents, rejected);
    }

    /** Runs the per-document stages and writes their output. */
    public FactsResult run(JavaRDD<InputRecord> inputs, String outFolder) {
        JavaRDD<DocumentOutcome> outcomes = outcomes(inputs);
        try {
            return write(outcomes, outFolder);
        } finally {
            outcomes.unpersist(false);
        }
    }

    static String jsonLines(List<Rejection> rejected) {
        ObjectMapper json = new ObjectMapper();
        StringBuilder out = new StringBuilder();
        for (Rejection r : rejected) {
            ObjectNode o = json.createObjectNode();
            o.put("id", r.id());
            o.put("uri", r.uri());
            o.put("stage", r.stage());
            o.put("reason", r.reason());
            out.append(o).append('\n');
        }
        return out.toString();
    }
}
