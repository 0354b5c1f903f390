package org.dossier.ingest.dedup;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text's set of word shingles (hashed to 64 bits) and its MinHash signature. Words are runs of letters or digits,
 * lower-cased, so punctuation, case and layout do not matter. Immutable.
 */
public final class ShingleSketch {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** Seeds of the hash functions: fixed, so signatures are the same in every run. */
    private static final long SEED = 0x9E3779B97F4A7C15L;

    private final long[] shingles;
    private final long[] signature;

    private ShingleSketch(long[] shingles, long[] signature) {
        this.shingles = shingles;
        this.signature = signature;
    }

    /** The sketch of a text with {@code words}-word shingles and {@code hashes} MinHash values. */
    public static ShingleSketch of(String text, int words, int hashes) {
        long[] wordHashes = words(text);
        int n = Math.max(0, wordHashes.length - words + 1);
        long[] set = new long[n];
        for (int i = 0; i < n; i++) {
            long h = 0;
            for (int w = 0; w < words; w++) {
                h = mix(h * 31 + wordHashes[i + w]);
            }
            set[i] = h;
        }
        long[] shingles = Arrays.stream(set).sorted().distinct().toArray();
        long[] signature = new long[hashes];
        Arrays.fill(signature, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int k = 0; k < hashes; k++) {
                long v = mix(s ^ (SEED * (k + 1)));
                if (v < signature[k]) {
                    signature[k] = v;
                }
            }
        }
        return new ShingleSketch(shingles, signature);
    }

    private static long[] words(String text) {
        Matcher m = WORD.matcher(text);
        long[] out = new long[64];
        int n = 0;
        while (m.find()) {
            if (n == out.length) {
                out = Arrays.copyOf(out, n * 2);
            }
            out[n++] = mix(m.group().toLowerCase(Locale.ROOT).hashCode());
        }
        return Arrays.copyOf(out, n);
    }

    /** SplitMix64's finalizer: a strong 64-bit mix. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** How many distinct shingles the text has. */
    public int size() {
        return shingles.length;
    }

    /** The hash of band {@code b} of {@code rows} signature values. */
    public long band(int b, int rows) {
        long h = b;
        for (int r = 0; r < rows; r++) {
            h = mix(h * 31 + signature[b * rows + r]);
        }
        return h;
    }

    /** The exact Jaccard similarity of the two shingle sets. */
    public double jaccard(ShingleSketch other) {
        if (shingles.length == 0 && other.shingles.length == 0) {
            return 0;
        }
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < shingles.length && j < other.shingles.length) {
            if (shingles[i] == other.shingles[j]) {
                shared++;
                i++;
                j++;
            } else if (shingles[i] < other.shingles[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) shared / (shingles.length + other.shingles.length - shared);
    }
}
