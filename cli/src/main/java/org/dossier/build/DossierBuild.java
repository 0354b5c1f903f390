package org.dossier.build;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.dossier.annotate.AnnotationCache;
import org.dossier.annotate.Annotator;
import org.dossier.annotate.CachingAnnotator;
import org.dossier.annotate.corenlp.CoreNlpAnnotator;
import org.dossier.annotate.corenlp.CoreNlpConfig;
import org.dossier.embed.BgeSentenceEmbedder;
import org.dossier.extract.FactExtractor;
import org.dossier.extract.StandardFactExtractor;
import org.dossier.ingest.IngestException;
import org.dossier.ingest.FormatDetectingReader;
import org.dossier.ingest.RawInput;
import org.dossier.ingest.SourceReader;
import org.dossier.model.Source;
import org.dossier.model.dossier.Dossier;
import org.dossier.model.fact.DocumentFacts;
import org.dossier.present.DossierWriter;
import org.dossier.present.HtmlDossierWriter;
import org.dossier.present.JsonDossierWriter;
import org.dossier.present.MarkdownDossierWriter;
import org.dossier.reconcile.Corpus;
import org.dossier.reconcile.DossierReconciler;
import org.dossier.reconcile.Reconciler;

/**
 * Builds a dossier from articles on disk: ingest, annotate (cached, in parallel), extract, reconcile, present.
 * A bad article is reported and skipped; outputs are written atomically.
 */
public final class DossierBuild {

    private final SourceReader reader;
    private final CoreNlpConfig nlpConfig;
    private final FactExtractor extractor;
    private final Reconciler reconciler;
    private final List<DossierWriter> writers;

    /**
     * The standard build: every input format, CoreNLP, bge-small embeddings remembered in {@code cache} next to the
     * annotations.
     */
    public DossierBuild(Clock clock, java.nio.file.Path cache) {
        this(new FormatDetectingReader(), CoreNlpConfig.DEFAULT, new StandardFactExtractor(),
                new DossierReconciler(clock, standardEmbedder(cache)),
                List.of(new JsonDossierWriter(), new MarkdownDossierWriter(), new HtmlDossierWriter()));
    }

    /** The file in the cache folder that remembers bge-small vectors. */
    public static final String EMBEDDINGS_FILE = "embeddings-bge-small-en-v15-q.bin";

    /** bge-small-en-v1.5, with its vectors remembered in {@code cache} so a rebuild embeds only new sentences. */
    public static org.dossier.reconcile.crosssource.SentenceEmbedder standardEmbedder(java.nio.file.Path cache) {
        return new org.dossier.embed.CachingEmbedder(new BgeSentenceEmbedder(), cache.resolve(EMBEDDINGS_FILE));
    }

    public DossierBuild(SourceReader reader, CoreNlpConfig nlpConfig, FactExtractor extractor, Reconciler reconciler,
            List<DossierWriter> writers) {
        this.reader = reader;
        this.nlpConfig = nlpConfig;
        this.extractor = extractor;
        this.reconciler = reconciler;
        this.writers = List.copyOf(writers);
    }

    public BuildResult run(BuildOptions options, Progress progress) throws BuildException {
        List<RawInput> raw = new InputCollector().collect(options.inputs(), progress);
        List<String> skipped = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        for (RawInput r : raw) {
            try {
                sources.add(reader.read(r));
            } catch (IngestException e) {
                progress.warn(displayName(r) + ": " + e.reason() + ", skipped");
                skipped.add(r.id());
            } catch (RuntimeException e) {
                progress.warn(displayName(r) + ": could not be read as an article (" + e.getClass().getSimpleName() + "), skipped");
                skipped.add(r.id());
            }
            progress.step("ingest", sources.size() + skipped.size(), raw.size());
        }
        if (sources.isEmpty()) {
            throw new BuildException("none of the " + raw.size() + " input files could be read as an article");
        }
        sources = new PublicationDates().inferMissing(sources);

        CachingAnnotator annotator = new CachingAnnotator(nlpConfig.fingerprint(), () -> loadModels(progress),
                new AnnotationCache(options.cache()));
        List<DocumentFacts> facts = annotateAndExtract(sources, annotator, options.threads(), progress, skipped);
        List<Source> kept = sources.stream().filter(s -> !skipped.contains(s.id())).toList();

        progress.step("reconcile", 0, 1);
        Dossier dossier = reconciler.reconcile(new Corpus(kept, facts));
        progress.step("reconcile", 1, 1);
        List<Path> files = new ArrayList<>();
        for (DossierWriter w : writers) {
            Path target = options.output().resolve(w.fileName());
            try {
                AtomicFiles.write(target, w.render(dossier));
            } catch (IOException | SecurityException e) {
                throw new BuildException("cannot write " + target + " (" + e.getMessage() + ")", e);
            }
            files.add(target);
        }
        return new BuildResult(dossier, files, annotator.misses(), annotator.hits(), skipped);
    }

    /** The input's path when it came from a file, else its source id. */
    private static String displayName(RawInput r) {
        if (r.uri() != null && r.uri().startsWith("file:")) {
            try {
                return java.nio.file.Path.of(java.net.URI.create(r.uri())).toString();
            } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                return r.id();
            }
        }
        return r.id();
    }

    private static String rootCause(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == t ? t.toString() : t.getClass().getSimpleName() + " caused by " + root;
    }

    private Annotator loadModels(Progress progress) {
        progress.step("loading NLP models", 0, 1);
        Annotator a = new CoreNlpAnnotator(nlpConfig);
        progress.step("loading NLP models", 1, 1);
        return a;
    }

    private List<DocumentFacts> annotateAndExtract(List<Source> sources, Annotator annotator, int threads, Progress progress,
            List<String> skipped) throws BuildException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dossier-annotate");
            t.setDaemon(true);
            return t;
        });
        try {
            AtomicInteger done = new AtomicInteger();
            List<Future<DocumentFacts>> futures = new ArrayList<>();
            for (Source s : sources) {
                futures.add(pool.submit(() -> {
                    DocumentFacts f = extractor.extract(annotator.annotate(s, PublicationDates.referenceDate(s)));
                    progress.step("annotate", done.incrementAndGet(), sources.size());
                    return f;
                }));
            }
            List<DocumentFacts> out = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    out.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof java.io.UncheckedIOException io) {
                        throw new BuildException("annotation cache: " + io.getMessage(), io);
                    }
                    if (cause instanceof OutOfMemoryError || cause instanceof LinkageError) {
                        throw new BuildException("NLP failed: " + rootCause(cause), cause);
                    }
                    progress.warn(sources.get(i).id() + ": annotation failed (" + cause + "), skipped");
                    skipped.add(sources.get(i).id());
                }
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BuildException("interrupted");
        } finally {
            pool.shutdownNow();
        }
    }
}
