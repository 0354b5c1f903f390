package org.dossier.spark;

import java.util.Iterator;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.dossier.annotate.Annotator;
import org.dossier.build.DossierBuild;
import org.dossier.build.PublicationDates;
import org.dossier.extract.FactExtractor;
import org.dossier.extract.StandardFactExtractor;
import org.dossier.ingest.FormatDetectingReader;
import org.dossier.ingest.IngestException;
import org.dossier.ingest.SourceReader;
import org.dossier.model.Source;
import org.dossier.model.fact.DocumentFacts;
import org.dossier.model.nlp.AnnotatedDocument;

/**
 * The per-document stages over one partition, inside an executor: ingest, date (from the article's own text),
 * annotate, extract. A record that fails becomes a {@link Rejection} and the partition goes on; only a failure of the
 * executor itself (the annotation cache, memory) fails the task, which Spark then retries.
 */
public final class DocumentStages implements FlatMapFunction<Iterator<InputRecord>, DocumentOutcome> {

    private static final long serialVersionUID = 1L;

    private final AnnotatorSource annotators;
    private final String failFirstAttemptOf;

    /**
     * @param annotators the annotator of the executor's JVM
     * @param failFirstAttemptOf test hook ({@link StageSettings#failFirstAttemptOf()}), or null
     */
    public DocumentStages(AnnotatorSource annotators, String failFirstAttemptOf) {
        this.annotators = annotators;
        this.failFirstAttemptOf = failFirstAttemptOf;
    }

    @Override
    public Iterator<DocumentOutcome> call(Iterator<InputRecord> records) {
        Worker worker = new Worker(annotators.annotator());
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public DocumentOutcome next() {
                InputRecord r = records.next();
                failOnFirstAttempt(r.id());
                return worker.process(r);
            }
        };
    }

    private void failOnFirstAttempt(String id) {
        TaskContext task = TaskContext.get();
        if (id.equals(failFirstAttemptOf) && task != null && task.attemptNumber() == 0) {
            throw new IllegalStateException("injected failure of the first attempt at " + id);
        }
    }

    /** The stages of one partition; not shared between threads. */
    private static final class Worker {

        private final SourceReader reader = new FormatDetectingReader();
        private final FactExtractor extractor = new StandardFactExtractor();
        private final PublicationDates dates = new PublicationDates();
        private final FactsJson json = new FactsJson();
        private final Annotator annotator;

        Worker(Annotator annotator) {
            this.annotator = annotator;
        }

        DocumentOutcome process(InputRecord r) {
            Source source;
            try {
                source = reader.read(r.toRawInput());
            } catch (IngestException e) {
                return rejected(r, "ingest", e.reason());
            } catch (RuntimeException e) {
                return rejected(r, "ingest", "could not be read as an article (" + e.getClass().getSimpleName() + ")");
            }
            if (source.text().length() > DossierBuild.MAX_TEXT_CHARS) {
                return rejected(r, "ingest", "too long for an article (" + source.text().length()
                        + " characters, the limit is " + DossierBuild.MAX_TEXT_CHARS + ")");
            }
            if (source.language() != null && !source.language().equals("en")) {
                return rejected(r, "ingest", "language is '" + source.language() + "', not English");
            }
            source = dates.inferFromOwnText(source);
            AnnotatedDocument annotated;
            try {
                annotated = annotator.annotate(source, PublicationDates.referenceDate(source));
            } catch (java.io.UncheckedIOException e) {
                throw e; // the executor's cache folder is broken: fail the task, not the record
            } catch (RuntimeException e) {
                return rejected(r, "annotate", "annotation failed (" + e + ")");
            }
            DocumentFacts facts;
            try {
                facts = extractor.extract(annotated);
            } catch (RuntimeException e) {
                return rejected(r, "extract", "extraction failed (" + e + ")");
            }
            return DocumentOutcome.facts(source.id(), json.write(source), json.write(facts));
        }

        private static DocumentOutcome rejected(InputRecord r, String stage, String reason) {
            return DocumentOutcome.rejected(new Rejection(r.id(), r.uri(), stage, reason));
        }
    }
}
