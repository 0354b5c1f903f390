package org.dossier.spark.discover;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.dossier.build.BuildException;
import org.dossier.build.EventDiscoveryBuild;
import org.dossier.discover.DiscoverConfig;
import org.dossier.discover.DiscoveredEvent;
import org.dossier.discover.DocumentFeatures;
import org.dossier.discover.LeadEmbedder;
import org.dossier.discover.StandardFeatureExtractor;
import org.dossier.discover.io.EventIndexPage;
import org.dossier.discover.io.EventsJson;
import org.dossier.discover.io.JsonLines;
import org.dossier.model.Source;
import org.dossier.reconcile.crosssource.SentenceEmbedder;
import org.dossier.spark.AnnotatorSource;
import org.dossier.spark.DocumentOutcome;
import org.dossier.spark.FactsJob;
import org.dossier.spark.FactsJson;
import org.dossier.spark.FactsResult;
import org.dossier.spark.OutputFiles;
import scala.Tuple2;

/**
 * Event discovery on Spark, writing what {@code dossier discover} writes: the per-document stages in executors
 * ({@link FactsJob}: {@code facts.parquet}, {@code rejected.jsonl}), features in executors, distributed clustering
 * ({@link SparkEventDiscoverer}), a dossier per event of two or more articles reconciled in executors
 * ({@link EventDossiers}), the workspace state, then {@code index.html} and, last, {@code events.json}. The output folder
 * may be any Hadoop path.
 */
public final class SparkDiscoveryJob {

    private final SparkSession spark;
    private final AnnotatorSource annotators;
    private final ReconcilerSource reconcilers;
    private final DiscoverConfig config;
    private final String failFirstAttemptOf;

    /**
     * @param annotators the annotator of each executor JVM
     * @param reconcilers the reconciler of each executor task
     * @param failFirstAttemptOf test hook of the per-document stages ({@link FactsJob}), or null
     */
    public SparkDiscoveryJob(SparkSession spark, AnnotatorSource annotators, ReconcilerSource reconcilers,
            DiscoverConfig config, String failFirstAttemptOf) {
        this.spark = spark;
        this.annotators = annotators;
        this.reconcilers = reconcilers;
        this.config = config;
        this.failFirstAttemptOf = failFirstAttemptOf;
    }

    /**
     * @param dossiers whether to write a dossier per event of two or more articles
     * @throws BuildException when no input could be read as an article (after {@code rejected.jsonl} says why)
     */
    public SparkDiscoveryResult run(JavaRDD<org.dossier.spark.InputRecord> inputs, String outFolder, boolean dossiers)
            throws BuildException {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        FactsJob factsJob = new FactsJob(spark, annotators, failFirstAttemptOf);
        JavaRDD<DocumentOutcome> outcomes = factsJob.outcomes(inputs);
        JavaRDD<DocumentFeatures> features = null;
        try {
            FactsResult facts = factsJob.write(outcomes, outFolder);
            if (facts.documents() == 0) {
                throw new BuildException("none of the " + facts.rejected().size() + " input files could be read as an article"
                        + " (reasons in " + outFolder + "/" + FactsJob.REJECTED_FILE + ")");
            }
            JavaRDD<DocumentOutcome> accepted = outcomes.filter(o -> !o.isRejected());
            ReconcilerSource embedders = reconcilers;
            features = accepted.mapPartitions(o -> features(o, embedders.leadEmbedder())).persist(StorageLevel.MEMORY_AND_DISK());
            List<DiscoveredEvent> events = new SparkEventDiscoverer(config).discover(jsc, features);

            List<String> written = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            SerializableConfiguration hadoop = new SerializableConfiguration(jsc.hadoopConfiguration());
            if (dossiers) {
                for (EventDossiers.Written w : dossiers(accepted, events, outFolder, hadoop)) {
                    if (w.warning() == null) {
                        written.add(w.eventId());
                    } else {
                        warnings.add(w.warning());
                    }
                }
            }
            written.sort(null);
            warnings.sort(null);

            OutputFiles files = new OutputFiles(jsc.hadoopConfiguration());
            String state = outFolder + "/" + EventDiscoveryBuild.STATE_FOLDER;
            files.write(state, JsonLines.FEATURES_FILE, features.map(f -> JsonLines.renderFeatures(List.of(f))).toLocalIterator());
            files.write(state, JsonLines.SOURCES_FILE, accepted.mapPartitions(SparkDiscoveryJob::sourceLines).toLocalIterator());
            files.write(outFolder, EventIndexPage.FILE_NAME, EventIndexPage.render(events, dossiers));
            files.write(outFolder, EventsJson.FILE_NAME, EventsJson.render(events));
            return new SparkDiscoveryResult(events, facts.documents(), facts.rejected(), written, warnings);
        } finally {
            outcomes.unpersist(false);
            if (features != null) {
                features.unpersist(false);
            }
        }
    }

    /** The articles of each event of two or more, grouped by event in the executors, reconciled and written there. */
    private List<EventDossiers.Written> dossiers(JavaRDD<DocumentOutcome> accepted, List<DiscoveredEvent> events,
            String outFolder, SerializableConfiguration hadoop) {
        java.util.HashMap<String, String> eventOf = new java.util.HashMap<>();
        for (DiscoveredEvent e : events) {
            if (e.size() >= 2) {
                e.sources().forEach(s -> eventOf.put(s, e.id()));
            }
        }
        if (eventOf.isEmpty()) {
            return List.of();
        }
        var event = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(eventOf);
        return accepted.filter(o -> event.value().containsKey(o.id()))
                .mapToPair(o -> new Tuple2<>(event.value().get(o.id()), o))
                .groupByKey()
                .mapPartitions(new EventDossiers(reconcilers, outFolder, hadoop))
                .collect();
    }

    /** The features of a partition's articles, with their lead embeddings when the JVM has an embedder (as in process). */
    private static Iterator<DocumentFeatures> features(Iterator<DocumentOutcome> outcomes,
            SentenceEmbedder embedder) {
        FactsJson json = new FactsJson();
        StandardFeatureExtractor extractor = new StandardFeatureExtractor();
        List<Source> sources = new ArrayList<>();
        List<DocumentFeatures> out = new ArrayList<>();
        outcomes.forEachRemaining(o -> {
            Source source = json.readSource(o.sourceJson());
            sources.add(source);
            out.add(extractor.extract(source, json.readFacts(o.factsJson())));
        });
        return (embedder == null ? out : new LeadEmbedder(embedder).withLeads(sources, out)).iterator();
    }

    private static Iterator<String> sourceLines(Iterator<DocumentOutcome> outcomes) {
        FactsJson json = new FactsJson();
        List<String> out = new ArrayList<>();
        outcomes.forEachRemaining(o -> out.add(JsonLines.renderSources(List.of(json.readSource(o.sourceJson())))));
        return out.iterator();
    }
}
