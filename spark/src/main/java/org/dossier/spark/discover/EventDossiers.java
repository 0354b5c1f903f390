package org.dossier.spark.discover;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.util.SerializableConfiguration;
import org.dossier.build.DossierBuild;
import org.dossier.ingest.dedup.NearDuplicateFinder;
import org.dossier.model.Source;
import org.dossier.model.dossier.Dossier;
import org.dossier.present.DossierWriter;
import org.dossier.reconcile.Corpus;
import org.dossier.reconcile.Reconciler;
import org.dossier.spark.DocumentOutcome;
import org.dossier.spark.FactsJson;
import org.dossier.spark.OutputFiles;
import scala.Tuple2;

/**
 * The dossier of each event, in the executors: the event's articles (sorted by source id, near-duplicates marked) are
 * reconciled exactly as in one process and written as {@code OUT/<event id>/dossier.json}, {@code dossier.md} and
 * {@code index.html}. An event whose dossier fails is reported and skipped; the other events go on.
 */
final class EventDossiers implements FlatMapFunction<Iterator<Tuple2<String, Iterable<DocumentOutcome>>>, EventDossiers.Written> {

    private static final long serialVersionUID = 1L;

    private final ReconcilerSource reconcilers;
    private final String outFolder;
    private final SerializableConfiguration hadoop;

    EventDossiers(ReconcilerSource reconcilers, String outFolder, SerializableConfiguration hadoop) {
        this.reconcilers = reconcilers;
        this.outFolder = outFolder;
        this.hadoop = hadoop;
    }

    @Override
    public Iterator<Written> call(Iterator<Tuple2<String, Iterable<DocumentOutcome>>> events) {
        Reconciler reconciler = reconcilers.reconciler();
        List<DossierWriter> writers = DossierBuild.standardWriters();
        FactsJson json = new FactsJson();
        OutputFiles files = new OutputFiles(hadoop.value());
        List<Written> out = new ArrayList<>();
        while (events.hasNext()) {
            Tuple2<String, Iterable<DocumentOutcome>> event = events.next();
            List<DocumentOutcome> docs = new ArrayList<>();
            event._2.forEach(docs::add);
            docs.sort(Comparator.comparing(DocumentOutcome::id));
            List<Source> members = new NearDuplicateFinder().mark(docs.stream().map(d -> json.readSource(d.sourceJson())).toList());
            if (members.size() < 2) {
                continue;
            }
            Dossier dossier;
            try {
                dossier = reconciler.reconcile(new Corpus(members, docs.stream().map(d -> json.readFacts(d.factsJson())).toList()));
            } catch (RuntimeException e) {
                out.add(new Written(event._1, "event " + event._1 + ": dossier failed (" + e + "), skipped"));
                continue;
            }
            for (DossierWriter w : writers) {
                files.write(outFolder + "/" + event._1, w.fileName(), w.render(dossier));
            }
            out.add(new Written(event._1, null));
        }
        return out.iterator();
    }

    /** An event whose dossier was written ({@code warning} null) or skipped, with the reason. */
    record Written(String eventId, String warning) implements java.io.Serializable {

        private static final long serialVersionUID = 1L;
    }
}
