package org.dossier.build;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
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
import org.dossier.ingest.dedup.NearDuplicateFinder;
import org.dossier.ingest.fetch.FetchPolicy;
import org.dossier.ingest.fetch.UrlFetcher;
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
 * A bad article is reported and skipped; so is an article in another language than English. Near-duplicates are kept
 * and marked ({@link NearDuplicateFinder}); every source read with warnings gets one line naming it. The output folder is
 * locked for the run ({@link OutputLock}), and the output files are written all or none ({@link AtomicFiles}).
 */
public final class DossierBuild {

    /** Articles with more text than this (a long book) are skipped: annotating them would take hours. */
    public static final int MAX_TEXT_CHARS = 1_000_000;

    private final SourceReader reader;
    private final String annotatorFingerprint;
    private final Supplier<Annotator> annotators;
    private final FactExtractor extractor;
    private final Reconciler reconciler;
    private final List<DossierWriter> writers;
    private final AtomicFiles.ContentWriter files;
    private final java.io.InputStream stdin;

    /**
     * The standard build: every input format, CoreNLP, bge-small embeddings remembered in {@code cache} next to the
     * annotations.
     */
    public DossierBuild(Clock clock, java.nio.file.Path cache) {
        this(clock, cache, CoreNlpConfig.DEFAULT);
    }

    /** The standard build with the given CoreNLP configuration. */
    public DossierBuild(Clock clock, java.nio.file.Path cache, CoreNlpConfig nlp) {
        this(new FormatDetectingReader(), nlp, new StandardFactExtractor(),
                new DossierReconciler(clock, standardEmbedder(cache)), standardWriters());
    }

    /** The files of a dossier: {@code dossier.json}, {@code dossier.md} and {@code index.html}. */
    public static List<DossierWriter> standardWriters() {
        return List.of(new JsonDossierWriter(), new MarkdownDossierWriter(), new HtmlDossierWriter());
    }

    /** The file in the cache folder that remembers bge-small vectors. */
    public static final String EMBEDDINGS_FILE = "embeddings-bge-small-en-v15-q.bin";

    /** bge-small-en-v1.5, with its vectors remembered in {@code cache} so a rebuild embeds only new sentences. */
    public static org.dossier.reconcile.crosssource.SentenceEmbedder standardEmbedder(java.nio.file.Path cache) {
        return new org.dossier.embed.CachingEmbedder(BgeSentenceEmbedder.forBatches(), cache.resolve(EMBEDDINGS_FILE));
    }

    public DossierBuild(SourceReader reader, CoreNlpConfig nlpConfig, FactExtractor extractor, Reconciler reconciler,
            List<DossierWriter> writers) {
        this(reader, nlpConfig.fingerprint(), () -> new CoreNlpAnnotator(nlpConfig), extractor, reconciler, writers,
                AtomicFiles.DURABLE);
    }

    /**
     * A build with any annotator.
     *
     * @param annotatorFingerprint the fingerprint the annotator will report, part of the cache key
     * @param annotators builds the annotator on the first cache miss; called at most once per run
     * @param files writes the content of each (temporary) output file
     */
    public DossierBuild(SourceReader reader, String annotatorFingerprint, Supplier<Annotator> annotators,
            FactExtractor extractor, Reconciler reconciler, List<DossierWriter> writers, AtomicFiles.ContentWriter files) {
        this(reader, annotatorFingerprint, annotators, extractor, reconciler, writers, files, System.in);
    }

    private DossierBuild(SourceReader reader, String annotatorFingerprint, Supplier<Annotator> annotators,
            FactExtractor extractor, Reconciler reconciler, List<DossierWriter> writers, AtomicFiles.ContentWriter files,
            java.io.InputStream stdin) {
        this.reader = reader;
        this.annotatorFingerprint = annotatorFingerprint;
        this.annotators = annotators;
        this.extractor = extractor;
        this.reconciler = reconciler;
        this.writers = List.copyOf(writers);
        this.files = files;
        this.stdin = stdin;
    }

    /** The same build, reading {@code stdin} for the input {@code -}. */
    public DossierBuild withStdin(java.io.InputStream in) {
        return new DossierBuild(reader, annotatorFingerprint, annotators, extractor, reconciler, writers, files, in);
    }

    public BuildResult run(BuildOptions options, Progress progress) throws BuildException {
        List<RawInput> raw = collect(options.inputs(), options.urls(), options.allowPrivate(), progress);
        List<String> skipped = new ArrayList<>();
        List<Source> sources = ingest(raw, progress, skipped);
        if (sources.isEmpty()) {
            throw new BuildException("none of the " + raw.size() + " input files could be read as an article");
        }
        sources = new NearDuplicateFinder().mark(sources);
        reportWarnings(sources, raw, progress);
        sources = new PublicationDates().inferMissing(sources);

        try (OutputLock lock = OutputLock.acquire(options.output())) {
            CachingAnnotator annotator = cachedAnnotator(options.cache(), progress);
            List<DocumentFacts> facts = annotateAndExtract(sources, annotator, options.threads(), progress, skipped);
            List<Source> kept = sources.stream().filter(s -> !skipped.contains(s.id())).toList();

            progress.step("reconcile", 0, 1);
            Dossier dossier = reconciler.reconcile(new Corpus(kept, facts));
            progress.step("reconcile", 1, 1);
            Map<Path, java.util.function.Supplier<String>> outputs = new LinkedHashMap<>();   // rendered one at a time
            for (DossierWriter w : writers) {
                outputs.put(options.output().resolve(w.fileName()), () -> w.render(dossier));
            }
            try {
                AtomicFiles.writeEach(outputs, files);
            } catch (IOException | SecurityException e) {
                throw new BuildException("cannot write " + options.output() + " (" + OutputLock.describe(e) + ")", e);
            }
            return new BuildResult(dossier, List.copyOf(outputs.keySet()), annotator.misses(), annotator.hits(), skipped);
        }
    }

    /** The raw inputs of files, folders, {@code -} and URLs, as a build reads them. */
    List<RawInput> collect(List<Path> paths, List<String> urls, boolean allowPrivate, Progress progress) throws BuildException {
        UrlFetcher fetcher = new UrlFetcher(FetchPolicy.DEFAULT.withAllowPrivate(allowPrivate));
        return new InputCollector(stdin, fetcher).collect(paths, urls, progress);
    }

    /** Reads each raw input as an English article; the ids of inputs that are not are reported and added to {@code skipped}. */
    List<Source> ingest(List<RawInput> raw, Progress progress, List<String> skipped) {
        List<Source> sources = new ArrayList<>();
        for (RawInput r : raw) {
            try {
                Source source = reader.read(r);
                if (source.text().length() > MAX_TEXT_CHARS) {
                    progress.warn(displayName(r) + ": too long for an article (" + source.text().length()
                            + " characters, the limit is " + MAX_TEXT_CHARS + "), skipped");
                    skipped.add(r.id());
                } else {
                    sources.add(source);
                }
            } catch (IngestException e) {
                progress.warn(displayName(r) + ": " + e.reason() + ", skipped");
                skipped.add(r.id());
            } catch (RuntimeException e) {
                progress.warn(displayName(r) + ": could not be read as an article (" + e.getClass().getSimpleName() + "), skipped");
                skipped.add(r.id());
            }
            progress.step("ingest", sources.size() + skipped.size(), raw.size());
        }
        return skipNonEnglish(sources, raw, progress, skipped);
    }

    /** The annotator of a run: the cache in front, the real annotator built on the first miss. */
    CachingAnnotator cachedAnnotator(java.nio.file.Path cache, Progress progress) {
        return new CachingAnnotator(annotatorFingerprint, () -> loadModels(progress), new AnnotationCache(cache));
    }

    /** The contents of the output files of {@code dossier}, by path in {@code folder}. */
    Map<Path, String> render(Dossier dossier, Path folder) {
        Map<Path, String> outputs = new LinkedHashMap<>();
        for (DossierWriter w : writers) {
            outputs.put(folder.resolve(w.fileName()), w.render(dossier));
        }
        return outputs;
    }

    Reconciler reconciler() {
        return reconciler;
    }

    AtomicFiles.ContentWriter files() {
        return files;
    }

    /**
     * The models are English: a source whose language is known and not English is reported and skipped. Sources of
     * unknown language are kept.
     */
    private static List<Source> skipNonEnglish(List<Source> sources, List<RawInput> raw, Progress progress,
            List<String> skipped) {
        List<Source> english = new ArrayList<>();
        for (Source s : sources) {
            if (s.language() == null || s.language().equals("en")) {
                english.add(s);
                continue;
            }
            String name = raw.stream().filter(r -> r.id().equals(s.id())).findFirst().map(DossierBuild::displayName)
                    .orElse(s.id());
            progress.warn(name + ": language is '" + s.language() + "', not English, skipped");
            skipped.add(s.id());
        }
        return english;
    }

    /** One line per source read with warnings (odd bytes, a truncated page, a near-duplicate), naming it. */
    private static void reportWarnings(List<Source> sources, List<RawInput> raw, Progress progress) {
        Map<String, RawInput> byId = new java.util.HashMap<>();
        raw.forEach(r -> byId.put(r.id(), r));
        for (Source s : sources) {
            if (!s.warnings().isEmpty()) {
                RawInput r = byId.get(s.id());
                progress.warn((r == null ? s.id() : displayName(r)) + ": " + String.join("; ", s.warnings()));
            }
        }
    }

    /** The input's path when it came from a file, its id and URL when it came from the web, else its source id. */
    private static String displayName(RawInput r) {
        if (r.uri() != null && (r.uri().startsWith("http:") || r.uri().startsWith("https:"))) {
            return r.id() + " (" + r.uri() + ")";
        }
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
        Annotator a = annotators.get();
        progress.step("loading NLP models", 1, 1);
        return a;
    }

    /** Annotates and extracts in parallel; a document that fails is reported, added to {@code skipped} and left out. */
    List<DocumentFacts> annotateAndExtract(List<Source> sources, Annotator annotator, int threads, Progress progress,
            List<String> skipped) throws BuildException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dossier-annotate");
            t.setDaemon(true);
            return t;
        });
        try {
            AtomicInteger done = new AtomicInteger();
            // longest first, so that no long article is left running alone at the end while the other threads idle;
            // the results keep the order of the sources
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < sources.size(); i++) {
                order.add(i);
            }
            order.sort((a, b) -> Integer.compare(sources.get(b).text().length(), sources.get(a).text().length()));
            List<Future<DocumentFacts>> futures = new ArrayList<>(Collections.nCopies(sources.size(), null));
            for (int i : order) {
                Source s = sources.get(i);
                futures.set(i, pool.submit(() -> {
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
