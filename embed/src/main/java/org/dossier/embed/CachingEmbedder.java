package org.dossier.embed;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.dossier.reconcile.crosssource.SentenceEmbedder;

/**
 * Remembers embeddings on disk, keyed by a hash of the text, so a rebuild of the same corpus embeds nothing. The file is
 * read on first use and rewritten (temporary file, then rename) after a call that embedded new texts; an unreadable
 * file is treated as empty. Thread-safe.
 */
public final class CachingEmbedder implements SentenceEmbedder {

    private static final int MAGIC = 0x44454d42; // "DEMB"

    private final SentenceEmbedder delegate;
    private final Path file;
    private Map<String, float[]> vectors;

    /**
     * @param file where the vectors live; one file per model, since vectors of different models do not mix
     */
    public CachingEmbedder(SentenceEmbedder delegate, Path file) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.file = Objects.requireNonNull(file, "file");
    }

    @Override
    public synchronized float[][] embed(List<String> sentences) {
        if (vectors == null) {
            vectors = load(file);
        }
        List<String> missing = new ArrayList<>();
        List<String> missingKeys = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String s : sentences) {
            String key = key(s);
            if (!vectors.containsKey(key) && seen.add(key)) {
                missing.add(s);
                missingKeys.add(key);
            }
        }
        if (!missing.isEmpty()) {
            float[][] fresh = delegate.embed(missing);
            for (int i = 0; i < missing.size(); i++) {
                vectors.put(missingKeys.get(i), fresh[i]);
            }
            save();
        }
        float[][] out = new float[sentences.size()][];
        for (int i = 0; i < sentences.size(); i++) {
            out[i] = vectors.get(key(sentences.get(i))).clone();
        }
        return out;
    }

    private void save() {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            try {
                try (OutputStream raw = Files.newOutputStream(tmp);
                        DataOutputStream out = new DataOutputStream(new GZIPOutputStream(raw))) {
                    out.writeInt(MAGIC);
                    out.writeInt(vectors.size());
                    for (var e : vectors.entrySet()) {
                        out.writeUTF(e.getKey());
                        out.writeInt(e.getValue().length);
                        for (float f : e.getValue()) {
                            out.writeFloat(f);
                        }
                    }
                }
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | SecurityException e) {
            // the cache is an optimization: a build never fails because it cannot be written
        }
    }

    static Map<String, float[]> load(Path file) {
        Map<String, float[]> map = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return map;
        }
        try (InputStream raw = Files.newInputStream(file); DataInputStream in = new DataInputStream(new GZIPInputStream(raw))) {
            if (in.readInt() != MAGIC) {
                return new LinkedHashMap<>();
            }
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String key = in.readUTF();
                int dim = in.readInt();
                if (dim < 0 || dim > 65536) {
                    return new LinkedHashMap<>();
                }
                float[] v = new float[dim];
                for (int d = 0; d < dim; d++) {
                    v[d] = in.readFloat();
                }
                map.put(key, v);
            }
            return map;
        } catch (IOException | RuntimeException e) {
            return new LinkedHashMap<>();
        }
    }

    static String key(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
