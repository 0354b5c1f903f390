package org.dossier.spark.discover;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.dossier.annotate.corenlp.CoreNlpConfig;
import org.dossier.build.BuildException;
import org.dossier.build.DiscoverOptions;
import org.dossier.build.DiscoverResult;
import org.dossier.build.DiscoveryEngine;
import org.dossier.build.InputCollector;
import org.dossier.build.OutputLock;
import org.dossier.build.Progress;
import org.dossier.discover.DiscoverConfig;
import org.dossier.ingest.RawInput;
import org.dossier.ingest.fetch.FetchPolicy;
import org.dossier.ingest.fetch.UrlFetcher;
import org.dossier.spark.AnnotatorSource;
import org.dossier.spark.ExecutorAnnotators;
import org.dossier.spark.Rejection;
import org.dossier.spark.SparkInputs;
import org.dossier.spark.SparkSessions;
import org.dossier.spark.StageSettings;

/**
 * {@code dossier discover --engine spark}: the options of a discovery run, carried out by {@link SparkDiscoveryJob} on
 * the Spark master given ({@code local[*]} when none). The inputs are collected on the driver exactly as the in-process
 * engine collects them (files, folders, standard input, URLs: same source ids); the output folder is local and locked
 * for the run, as the in-process engine's. The session it starts it also stops.
 */
public final class SparkDiscoveryEngine implements DiscoveryEngine {

    /** The master when none is given: every core of this machine. */
    public static final String DEFAULT_MASTER = "local[*]";

    private final String master;
    private final Function<Path, AnnotatorSource> annotators;
    private final Function<Path, ReconcilerSource> reconcilers;

    /** The standard engine: CoreNLP and bge-small in each executor, with the run's cache folder. */
    public SparkDiscoveryEngine(String master) {
        this(master, cache -> new ExecutorAnnotators(StageSettings.of(CoreNlpConfig.DEFAULT, cache.toString())),
                cache -> new ExecutorReconcilers(cache.toString()));
    }

    /**
     * An engine with any annotator and reconciler (tests use ones without models).
     *
     * @param annotators the executors' annotator for a cache folder
     * @param reconcilers the executors' reconciler for a cache folder
     */
    public SparkDiscoveryEngine(String master, Function<Path, AnnotatorSource> annotators,
            Function<Path, ReconcilerSource> reconcilers) {
        this.master = master != null ? master : DEFAULT_MASTER;
        this.annotators = annotators;
        this.reconcilers = reconcilers;
    }

    @Override
    public DiscoverResult run(DiscoverOptions options, Progress progress) throws BuildException {
        if (options.incremental()) {
            throw new BuildException("--into runs on the in-process engine only (it can extend a workspace the spark engine wrote)");
        }
        UrlFetcher fetcher = new UrlFetcher(FetchPolicy.DEFAULT.withAllowPrivate(options.allowPrivate()));
        List<RawInput> raw = new InputCollector(System.in, fetcher).collect(options.inputs(), options.urls(), progress);
        // a Hadoop path takes the file name as it is ("file:" and the path, not a URI's %-escapes)
        String out = "file:" + options.output().toAbsolutePath().normalize();
        try (OutputLock lock = OutputLock.acquire(options.output())) {
            boolean ownSession = SparkSession.getDefaultSession().isEmpty();
            SparkSession spark = SparkSessions.start(master, "dossier discover");
            try {
                JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
                progress.step("spark: annotate, discover, reconcile", 0, 1);
                SparkDiscoveryResult r = new SparkDiscoveryJob(spark, annotators.apply(options.cache()),
                        reconcilers.apply(options.cache()), DiscoverConfig.DEFAULT, null)
                        .run(new SparkInputs(jsc, jsc.defaultParallelism()).records(raw), out, options.dossiers());
                progress.step("spark: annotate, discover, reconcile", 1, 1);
                List<String> skipped = new ArrayList<>();
                for (Rejection x : r.rejected()) {
                    progress.warn(x.id() + ": " + x.reason() + ", skipped");
                    skipped.add(x.id());
                }
                r.warnings().forEach(progress::warn);
                return new DiscoverResult(r.events(), Math.toIntExact(r.documents()), r.dossiers(), -1, -1, skipped);
            } finally {
                if (ownSession) {
                    spark.stop();
                }
            }
        }
    }
}
