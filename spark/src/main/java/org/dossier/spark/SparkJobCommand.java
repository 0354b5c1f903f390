package org.dossier.spark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.dossier.annotate.corenlp.CoreNlpConfig;
import org.dossier.build.BuildException;
import org.dossier.build.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code facts}: the per-document stages on Spark, for {@code spark-submit} (main class {@link SparkJobMain}). Writes
 * {@code OUT/facts.parquet} and {@code OUT/rejected.jsonl}; INPUT and OUT may be any Hadoop file system path.
 */
@Command(name = "facts", mixinStandardHelpOptions = true,
        description = "Ingest, annotate and extract every article on Spark; write the facts as Parquet.")
public final class SparkJobCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Article files or folders: local paths, file:, hdfs:// or s3a:// URIs.")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "Output folder (any Hadoop path).")
    String output;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master (local[2], spark://host:7077, yarn, "
            + "k8s://…); default: the one spark-submit sets.")
    String master;

    @Option(names = "--cache", paramLabel = "DIR", description = "Annotation cache folder on each executor (default: "
            + "$DOSSIER_CACHE or ~/.cache/dossier of the executor's user).")
    String cache;

    @Option(names = "--partitions", paramLabel = "N", description = "Partitions of the input (default: four per core of Spark's default parallelism, so that "
            + "articles of uneven length spread evenly over the executors).")
    int partitions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StageSettings settings = StageSettings.of(CoreNlpConfig.DEFAULT, cache != null ? cache : defaultCache().toString());
        SparkSession spark = SparkSessions.start(master, "dossier facts");
        try {
            JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            int n = partitions > 0 ? partitions : SparkInputs.defaultPartitions(jsc);
            long started = System.nanoTime();
            FactsResult r = new FactsJob(spark, settings).run(new SparkInputs(jsc, n).read(inputs, warnings(err)), output);
            out.printf("Wrote the facts of %d articles to %s/%s in %.1f s (%d rejected, see %s).%n", r.documents(), output,
                    FactsTable.FOLDER, (System.nanoTime() - started) / 1e9, r.rejected().size(), FactsJob.REJECTED_FILE);
            return 0;
        } catch (BuildException e) {
            err.println("dossier facts: " + e.getMessage());
            return 2;
        } finally {
            spark.stop();
        }
    }

    /** $DOSSIER_CACHE, else ~/.cache/dossier. */
    public static Path defaultCache() {
        String env = System.getenv("DOSSIER_CACHE");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".cache", "dossier");
    }

    /** A progress that prints warnings only. */
    public static Progress warnings(PrintWriter err) {
        return new Progress() {
            @Override
            public void step(String stage, int done, int total) {
            }

            @Override
            public void warn(String message) {
                err.println("warning: " + message);
                err.flush();
            }
        };
    }
}
