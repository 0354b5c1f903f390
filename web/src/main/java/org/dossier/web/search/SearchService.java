package org.dossier.web.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.dossier.model.Source;
import org.dossier.model.dossier.Dossier;
import org.dossier.reconcile.text.SentenceSpan;
import org.dossier.reconcile.text.SentenceSplitter;
import org.dossier.web.build.BuildProgress;
import org.dossier.web.workspace.Workspace;
import org.dossier.web.workspace.WorkspaceException;

/**
 * Searches the sentences of an event's sources. The index (one Lucene document per sentence: source, offsets, the
 * sentence, its words for BM25 with English stemming, and as a KNN vector the embedding of the sentence read after the
 * one before it in its paragraph, so that "he" or "the deal" keep their topic; words and vector are taken with the
 * event's abbreviations spelled out) lives in the event's {@code index/} folder; it is rebuilt after each
 * dossier build, or on the first search when the dossier or the index format is newer than the index. Text search ranks
 * by BM25; semantic search fuses the nearest sentences by meaning with the BM25 ranking ({@link RankFusion}), and
 * remembers the vectors of recent queries ({@link QueryVectorCache}). Thread-safe.
 */
public final class SearchService implements AutoCloseable {

    /** The most hits one search returns. */
    public static final int MAX_HITS = 100;
    /** How many sentences each ranking contributes to a semantic search before fusion. */
    static final int CANDIDATES = 50;
    /** How many query vectors are remembered (about 1.5 kB each with a 384-dimension model). */
    static final int QUERY_CACHE_SIZE = 1024;
    /** How many hit sentences of an open index are kept read and analyzed (about 600 bytes each). */
    static final int SENTENCE_CACHE_SIZE = 20_000;
    private static final int BATCH = 64;
    private static final String STAMP = "dossier-stamp.txt";
    /** Changes whenever what is indexed changes, so that older indexes are rebuilt. */
    private static final String FORMAT = "sentences-v3 ";

    private final Workspace workspace;
    private final SearchEmbedder embedder;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final Map<String, Open> open = new HashMap<>();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final QueryVectorCache queryVectors = new QueryVectorCache(QUERY_CACHE_SIZE);

    private record Open(String stamp, Directory directory, DirectoryReader reader, IndexSearcher searcher,
            AcronymExpander acronyms, SentenceCache sentences) {
    }

    public SearchService(Workspace workspace, SearchEmbedder embedder) {
        this.workspace = workspace;
        this.embedder = embedder;
    }

    /** Searches event {@code event}; 404 when it has no dossier, 400 for a blank or overlong query. */
    public SearchResult search(String event, String query, SearchMode mode, int limit) {
        long t0 = System.nanoTime();
        if (query == null || query.isBlank()) {
            throw WorkspaceException.badRequest("the query is empty");
        }
        if (query.length() > 500) {
            throw WorkspaceException.badRequest("the query has " + query.length() + " characters, the limit is 500");
        }
        int n = Math.max(1, Math.min(limit, MAX_HITS));
        Dossier dossier = workspace.dossier(event)
                .orElseThrow(() -> WorkspaceException.notFound("event '" + event + "' has no dossier yet"));
        ensureIndexed(event);
        lock.readLock().lock();
        try {
            Open o = open.get(event);
            String expanded = o.acronyms().expand(query);
            Query words = textQuery(expanded);
            List<ScoreDoc> ranked;
            if (mode == SearchMode.TEXT) {
                ranked = words == null ? List.of() : List.of(o.searcher().search(words, n).scoreDocs);
            } else {
                List<ScoreDoc[]> rankings = new ArrayList<>();
                Query meaning = vectorQuery(expanded);
                if (meaning != null) {
                    rankings.add(o.searcher().search(meaning, CANDIDATES).scoreDocs);
                }
                if (words != null) {
                    rankings.add(o.searcher().search(words, CANDIDATES).scoreDocs);
                }
                ranked = RankFusion.fuse(rankings, n);
            }
            List<SearchHit> hits = collect(o, ranked, dossier, expanded);
            return new SearchResult(query, mode, hits, (System.nanoTime() - t0) / 1e6);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** How often semantic searches found their query's vector already computed. */
    public QueryCacheStats queryCacheStats() {
        return queryVectors.stats();
    }

    /** Rewrites the index of {@code event} from its dossier (into a new folder, then swapped in). */
    public synchronized void reindex(String event, BuildProgress progress) throws IOException {
        Dossier dossier = workspace.dossier(event)
                .orElseThrow(() -> WorkspaceException.notFound("event '" + event + "' has no dossier yet"));
        String stamp = workspace.dossierStamp(event);
        Path target = workspace.indexDir(event);
        Path fresh = Files.createTempDirectory(target.getParent(), ".index-new");
        try {
            write(dossier, fresh, progress);
            Files.writeString(fresh.resolve(STAMP), FORMAT + stamp, StandardCharsets.UTF_8);
            lock.writeLock().lock();
            try {
                closeOpen(event);
                Path old = target.resolveSibling(".index-old-" + System.nanoTime());
                if (Files.exists(target)) {
                    Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
                }
                Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
                deleteTree(old);
            } finally {
                lock.writeLock().unlock();
            }
        } finally {
            deleteTree(fresh);
        }
    }

    private void write(Dossier dossier, Path dir, BuildProgress progress) throws IOException {
        try (Directory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            AcronymExpander acronyms = acronyms(dossier);
            int done = 0;
            for (Source source : dossier.sources()) {
                String text = source.text() == null ? "" : source.text();
                List<SentenceSpan> spans = splitter.split(text).stream().filter(s -> s.end() - s.start() >= 3).toList();
                List<String> expanded = spans.stream().map(s -> acronyms.expand(s.in(text))).toList();
                for (int from = 0; from < spans.size(); from += BATCH) {
                    int to = Math.min(spans.size(), from + BATCH);
                    List<String> windows = new ArrayList<>();
                    for (int i = from; i < to; i++) {
                        boolean sameParagraph = i > 0 && text.substring(spans.get(i - 1).end(), spans.get(i).start()).indexOf('\n') < 0;
                        windows.add(sameParagraph ? expanded.get(i - 1) + " " + expanded.get(i) : expanded.get(i));
                    }
                    float[][] vectors = embedder.sentences(windows);
                    for (int i = from; i < to; i++) {
                        writer.addDocument(document(source.id(), spans.get(i), spans.get(i).in(text), expanded.get(i), vectors[i - from]));
                    }
                }
                progress.step("index", ++done, dossier.sources().size());
            }
            writer.commit();
        }
    }

    private static AcronymExpander acronyms(Dossier dossier) {
        return AcronymExpander.learn(dossier.sources().stream().map(Source::text).toList());
    }

    private static Document document(String sourceId, SentenceSpan span, String sentence, String expanded, float[] vector) {
        Document doc = new Document();
        doc.add(new StringField("source", sourceId, Field.Store.YES));
        doc.add(new StoredField("start", span.start()));
        doc.add(new StoredField("end", span.end()));
        doc.add(new StoredField("text", sentence));
        doc.add(new TextField("words", expanded, Field.Store.NO));
        if (vector != null && norm(vector) > 0) {
            doc.add(new KnnFloatVectorField("vector", vector, VectorSimilarityFunction.COSINE));
        }
        return doc;
    }

    private Query textQuery(String query) {
        return new QueryBuilder(analyzer).createBooleanQuery("words", query, BooleanClause.Occur.SHOULD);
    }

    private Query vectorQuery(String query) {
        float[] v = queryVectors.vector(query, embedder::query);
        return norm(v) == 0 ? null : new KnnFloatVectorQuery("vector", v, CANDIDATES);
    }

    private List<SearchHit> collect(Open o, List<ScoreDoc> top, Dossier dossier, String query) throws IOException {
        Map<String, Source> sources = new HashMap<>();
        dossier.sources().forEach(s -> sources.putIfAbsent(s.id(), s));
        Set<String> terms = terms(query);
        StoredFields stored = o.searcher().storedFields();
        List<SearchHit> hits = new ArrayList<>();
        for (ScoreDoc sd : top) {
            SentenceCache.Sentence sentence = o.sentences().get(sd.doc, stored);
            Source s = sources.get(sentence.source());
            String title = s == null ? sentence.source() : firstNonBlank(s.title(), s.outlet(), sentence.source());
            hits.add(new SearchHit(sentence.source(), title, sentence.start(), sentence.end(), sentence.text(), sd.score,
                    sentence.highlights(terms)));
        }
        return hits;
    }

    /** The analyzed terms of {@code text}. */
    private Set<String> terms(String text) throws IOException {
        Set<String> out = new HashSet<>();
        try (TokenStream ts = analyzer.tokenStream("words", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    /** Opens the index of {@code event}, rebuilding it first when the dossier changed since it was written. */
    private void ensureIndexed(String event) {
        String stamp = workspace.dossierStamp(event);
        lock.readLock().lock();
        try {
            Open o = open.get(event);
            if (o != null && o.stamp().equals(stamp)) {
                return;
            }
        } finally {
            lock.readLock().unlock();
        }
        synchronized (this) {
            try {
                Path dir = workspace.indexDir(event);
                Path stampFile = dir.resolve(STAMP);
                String indexed = Files.isRegularFile(stampFile) ? Files.readString(stampFile, StandardCharsets.UTF_8) : "";
                if (!indexed.equals(FORMAT + stamp)) {
                    reindex(event, new BuildProgress() {
                        @Override
                        public void step(String stage, int done, int total) {
                        }

                        @Override
                        public void warn(String message) {
                        }
                    });
                }
                lock.writeLock().lock();
                try {
                    Open o = open.get(event);
                    if (o == null || !o.stamp().equals(stamp)) {
                        closeOpen(event);
                        Directory directory = FSDirectory.open(dir);
                        DirectoryReader reader = DirectoryReader.open(directory);
                        open.put(event, new Open(stamp, directory, reader, new IndexSearcher(reader),
                                acronyms(workspace.dossier(event).orElseThrow()),
                                new SentenceCache(reader.maxDoc(), SENTENCE_CACHE_SIZE, analyzer, "words")));
                    }
                } finally {
                    lock.writeLock().unlock();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open the search index of '" + event + "'", e);
            }
        }
    }

    private void closeOpen(String event) throws IOException {
        Open o = open.remove(event);
        if (o != null) {
            o.reader().close();
            o.directory().close();
        }
    }

    @Override
    public void close() throws IOException {
        lock.writeLock().lock();
        try {
            for (String event : List.copyOf(open.keySet())) {
                closeOpen(event);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    private static double norm(float[] v) {
        double s = 0;
        for (float x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
