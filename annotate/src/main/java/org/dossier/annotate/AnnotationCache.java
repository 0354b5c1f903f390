package org.dossier.annotate;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.dossier.model.Source;
import org.dossier.model.nlp.AnnotatedDocument;
import org.dossier.model.nlp.Sentence;
import org.dossier.model.nlp.Span;
import org.dossier.model.nlp.Token;

/**
 * Annotations on disk, one gzipped file per document, keyed by a hash of the configuration, reference date and text.
 * Entries are written to a temporary file and renamed. Each starts with a header line naming the format, its key and
 * the SHA-256 of the JSON payload after it; a torn, bit-flipped, old-format or foreign file reads as a miss.
 * Thread-safe: concurrent writers of one key write the same bytes.
 */
public final class AnnotationCache {

    /** The first word of an entry's header line; a change of the entry format changes it. */
    static final String FORMAT = "dossier-annotation-v2";

    private final Path directory;
    private final ObjectMapper json = new ObjectMapper();

    public AnnotationCache(Path directory) {
        this.directory = directory;
    }

    /** The cache key of one document under one annotator configuration. */
    public static String key(String fingerprint, Source source, String referenceDate) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(fingerprint.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(String.valueOf(referenceDate).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(source.text().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The cached annotation of {@code source}, or empty on a miss or an unreadable entry. */
    public Optional<AnnotatedDocument> get(String key, Source source, String referenceDate) {
        Path file = file(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        byte[] bytes;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            bytes = in.readAllBytes();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        int newline = indexOf(bytes, (byte) '\n');
        if (newline < 0) {
            return Optional.empty();
        }
        String header = new String(bytes, 0, newline, StandardCharsets.UTF_8);
        byte[] payload = java.util.Arrays.copyOfRange(bytes, newline + 1, bytes.length);
        if (!header.equals(header(key, payload))) {
            return Optional.empty();
        }
        try {
            Entry entry = json.readValue(payload, Entry.class);
            if (!key.equals(entry.key())) {
                return Optional.empty();
            }
            return Optional.of(new AnnotatedDocument(source, referenceDate, entry.tokens(), entry.sentences(), entry.spans()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Stores an annotation atomically; a failure to write is reported, never half-written. */
    public void put(String key, AnnotatedDocument document) {
        try {
            Files.createDirectories(directory);
            Path tmp = Files.createTempFile(directory, key.substring(0, 8), ".tmp");
            try {
                byte[] payload = json.writeValueAsBytes(new Entry(key, document.tokens(), document.sentences(), document.spans()));
                try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp))) {
                    out.write((header(key, payload) + "\n").getBytes(StandardCharsets.UTF_8));
                    out.write(payload);
                }
                try {
                    Files.move(tmp, file(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file(key), StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write annotation cache entry in " + directory, e);
        }
    }

    /** {@code FORMAT key sha256-of-payload}. */
    private static String header(String key, byte[] payload) {
        try {
            return FORMAT + " " + key + " " + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(payload));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** Where the entry of {@code key} is stored (it may not exist). */
    Path file(String key) {
        return directory.resolve(key + ".json.gz");
    }

    /** What one cache file holds. */
    record Entry(String key, List<Token> tokens, List<Sentence> sentences, List<Span> spans) {
    }
}
