package org.dossier.annotate;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.dossier.model.Source;
import org.dossier.model.nlp.AnnotatedDocument;

/**
 * Decorates an annotator with the on-disk cache. The wrapped annotator is created on the first miss only, so a warm build
 * never loads models. Thread-safe.
 */
public final class CachingAnnotator implements Annotator {

    private final String fingerprint;
    private final Supplier<Annotator> delegate;
    private final AnnotationCache cache;
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();
    private volatile Annotator loaded;

    /**
     * @param fingerprint the fingerprint the delegate will report, known without building it
     * @param delegate builds the real annotator; called at most once
     */
    public CachingAnnotator(String fingerprint, Supplier<Annotator> delegate, AnnotationCache cache) {
        this.fingerprint = fingerprint;
        this.delegate = delegate;
        this.cache = cache;
    }

    @Override
    public String fingerprint() {
        return fingerprint;
    }

    @Override
    public AnnotatedDocument annotate(Source source, String referenceDate) {
        String key = AnnotationCache.key(fingerprint, source, referenceDate);
        var cached = cache.get(key, source, referenceDate);
        if (cached.isPresent()) {
            hits.incrementAndGet();
            return cached.get();
        }
        misses.incrementAndGet();
        AnnotatedDocument document = annotator().annotate(source, referenceDate);
        cache.put(key, document);
        return document;
    }

    /** Documents served from the cache so far. */
    public int hits() {
        return hits.get();
    }

    /** Documents annotated so far. */
    public int misses() {
        return misses.get();
    }

    private Annotator annotator() {
        Annotator a = loaded;
        if (a == null) {
            synchronized (this) {
                a = loaded;
                if (a == null) {
                    a = delegate.get();
                    loaded = a;
                }
            }
        }
        return a;
    }
}
