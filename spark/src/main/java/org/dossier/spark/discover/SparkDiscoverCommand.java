package org.dossier.spark.discover;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.dossier.annotate.corenlp.CoreNlpConfig;
import org.dossier.build.BuildException;
import org.dossier.discover.DiscoverConfig;
import org.dossier.spark.ExecutorAnnotators;
import org.dossier.spark.FactsJob;
import org.dossier.spark.SparkInputs;
import org.dossier.spark.SparkJobCommand;
import org.dossier.spark.SparkSessions;
import org.dossier.spark.StageSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code discover}: event discovery on Spark, for {@code spark-submit} (main class {@link org.dossier.spark.SparkJobMain}).
 * Writes what {@code dossier discover} writes, plus {@code facts.parquet} and {@code rejected.jsonl}; INPUT and OUT may
 * be any Hadoop file system path.
 */
@Command(name = "discover", mixinStandardHelpOptions = true,
        description = "Group articles into events on Spark and build a dossier for each event of two or more articles.")
public final class SparkDiscoverCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Article files or folders: local paths, file:, hdfs:// or s3a:// URIs.")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "Output folder (any Hadoop path).")
    String output;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master (local[2], spark://host:7077, yarn, "
            + "k8s://…); default: the one spark-submit sets.")
    String master;

    @Option(names = "--cache", paramLabel = "DIR", description = "Annotation and embedding cache folder on each executor "
            + "(default: $DOSSIER_CACHE or ~/.cache/dossier of the executor's user).")
    String cache;

    @Option(names = "--partitions", paramLabel = "N", description = "Partitions of the input (default: four per core of Spark's default parallelism, so that "
            + "articles of uneven length spread evenly over the executors).")
    int partitions;

    @Option(names = "--events-only", description = "Write events.json and index.html only, no dossier per event.")
    boolean eventsOnly;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String cacheFolder = cache != null ? cache : SparkJobCommand.defaultCache().toString();
        SparkSession spark = SparkSessions.start(master, "dossier discover");
        try {
            JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            int n = partitions > 0 ? partitions : SparkInputs.defaultPartitions(jsc);
            long started = System.nanoTime();
            SparkDiscoveryResult r = new SparkDiscoveryJob(spark,
                    new ExecutorAnnotators(StageSettings.of(CoreNlpConfig.DEFAULT, cacheFolder)),
                    new ExecutorReconcilers(cacheFolder), DiscoverConfig.DEFAULT, null)
                    .run(new SparkInputs(jsc, n).read(inputs, SparkJobCommand.warnings(err)), output, !eventsOnly);
            r.warnings().forEach(w -> err.println("warning: " + w));
            long multi = r.events().stream().filter(e -> e.size() >= 2).count();
            out.printf("Discovered %d events (%d of two or more articles) in %d articles in %.1f s (%d dossiers, %d rejected, "
                    + "see %s).%n", r.events().size(), multi, r.documents(), (System.nanoTime() - started) / 1e9,
                    r.dossiers().size(), r.rejected().size(), FactsJob.REJECTED_FILE);
            return 0;
        } catch (BuildException e) {
            err.println("dossier discover: " + e.getMessage());
            return 2;
        } finally {
            spark.stop();
        }
    }
}
