package org.dossier.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.List;
import java.util.Objects;
import org.dossier.reconcile.crosssource.SentenceEmbedder;

/**
 * Sentence embeddings from BGE small English v1.5 (quantized ONNX, shipped in its jar, runs offline), as unit vectors.
 * Loading the model takes a few seconds and writes ONNX Runtime's native library under {@code DJL_CACHE_DIR}
 * (default {@code ~/.djl.ai}); build one and share it. Thread-safe.
 */
public final class BgeSentenceEmbedder implements SentenceEmbedder {

    /** The model card's instruction for short queries that look for passages; passages are embedded without it. */
    public static final String QUERY_INSTRUCTION = "Represent this sentence for searching relevant passages: ";

    /** The most threads one text is worked on by in the default session. */
    public static final int MAX_DEFAULT_THREADS = 4;

    private final java.util.function.Supplier<EmbeddingModel> factory;
    private volatile EmbeddingModel model;

    /**
     * The model of a batch job: one thread on each text and as many texts at once as there are cores, which spends less
     * CPU a text than several threads on each text (their hand-offs cost more than they save on sentences).
     */
    public static BgeSentenceEmbedder forBatches() {
        return new BgeSentenceEmbedder(1, Runtime.getRuntime().availableProcessors());
    }

    /**
     * The bge-small-en-v1.5 model with one thread per core (at most {@value #MAX_DEFAULT_THREADS}) on each text, loaded
     * on the first call to {@link #embed}.
     */
    public BgeSentenceEmbedder() {
        this(Math.min(Runtime.getRuntime().availableProcessors(), MAX_DEFAULT_THREADS));
    }

    /**
     * The bge-small-en-v1.5 model in a session where one text is worked on by at most {@code threadsPerCall} threads
     * that sleep when idle (see {@link BgeOnnxModel}); loaded on the first call to {@link #embed}.
     */
    public BgeSentenceEmbedder(int threadsPerCall) {
        this(threadsPerCall, Runtime.getRuntime().availableProcessors());
    }

    /**
     * The bge-small-en-v1.5 model in a session where one text is worked on by at most {@code threadsPerCall} threads,
     * and the texts of one call by {@code workers} threads at once; loaded on the first call to {@link #embed}.
     */
    public BgeSentenceEmbedder(int threadsPerCall, int workers) {
        if (threadsPerCall < 1 || threadsPerCall > 64) {
            throw new IllegalArgumentException("threadsPerCall must be between 1 and 64, was " + threadsPerCall);
        }
        if (workers < 1 || workers > 256) {
            throw new IllegalArgumentException("workers must be between 1 and 256, was " + workers);
        }
        this.factory = () -> new BgeOnnxModel(threadsPerCall, workers);
    }

    /** Wraps any langchain4j embedding model. */
    public BgeSentenceEmbedder(EmbeddingModel model) {
        Objects.requireNonNull(model, "model");
        this.factory = () -> model;
        this.model = model;
    }

    private EmbeddingModel model() {
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                m = model;
                if (m == null) {
                    m = factory.get();
                    model = m;
                }
            }
        }
        return m;
    }

    @Override
    public float[][] embed(List<String> sentences) {
        Objects.requireNonNull(sentences, "sentences");
        if (sentences.isEmpty()) {
            return new float[0][];
        }
        List<String> texts = sentences.stream().map(s -> s.isBlank() ? "." : s).toList();
        EmbeddingModel m = model();
        float[][] out;
        if (m instanceof BgeOnnxModel bge) {
            out = bge.vectors(texts);
        } else {
            List<Embedding> embeddings = m.embedAll(texts.stream().map(TextSegment::from).toList()).content();
            out = new float[embeddings.size()][];
            for (int i = 0; i < out.length; i++) {
                out[i] = embeddings.get(i).vector();
            }
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = unit(out[i]);
        }
        return out;
    }

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (norm == 0) {
            return v;
        }
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / norm);
        }
        return out;
    }
}
