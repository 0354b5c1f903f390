package org.dossier.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.dossier.annotate.NameTagger;
import org.dossier.annotate.names.NameClassRefiner;

/**
 * Names tagged by bge-small-en-v1.5 fine-tuned as a token classifier on CoNLL-2003's training set
 * ({@code bench/names-bge-train.sh}), its weights stored as 8-bit integers with one scale per row. The model reads
 * word pieces, as bge does, plus the shape of the word each piece belongs to ({@link WordShape}), which the lower-cased
 * pieces lose; the first piece of each word carries the word's tag. A sentence longer than the model was trained on
 * is read in parts of whole words. Loaded on the first call. Thread-safe.
 */
public final class BgeNameTagger implements NameTagger {

    static final String MODEL = "org/dossier/embed/names-bge-small.onnx";
    private static final String TOKENIZER = "bge-small-en-v1.5-q-tokenizer.json";
    /** The tags of the model's output, in order (IOB2). */
    private static final String[] TAGS = {"O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC",
        "I-MISC"};
    /** Word pieces of one input, with [CLS] and [SEP]: the length the model was trained on. */
    static final int MAX_PIECES = 128;
    /** Sentences read in one run of the model. */
    static final int BATCH = 16;

    private final int threads;
    private volatile Loaded loaded;

    private record Loaded(OrtEnvironment environment, OrtSession session, HuggingFaceTokenizer tokenizer) {
    }

    /** A tagger whose ONNX session uses up to four of the machine's cores. */
    public BgeNameTagger() {
        this(Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /** @param threads threads of the ONNX session */
    public BgeNameTagger(int threads) {
        this.threads = threads;
    }

    /**
     * What the model reads in one sentence.
     *
     * @param tags one IOB2 tag per word ({@code B-PER}, {@code I-ORG}, {@code O}, ...)
     * @param probabilities per word, the probability of each class of {@link #CLASSES} (its B- and I- tags together)
     */
    public record Reading(List<String> tags, List<double[]> probabilities) {

        public Reading {
            tags = List.copyOf(tags);
            probabilities = List.copyOf(probabilities);
        }

        /** One class per word ({@code PER}, {@code LOC}, {@code ORG}, {@code MISC} or {@code O}). */
        public List<String> classes() {
            List<String> classes = new ArrayList<>(tags.size());
            for (String t : tags) {
                classes.add(t.equals("O") ? "O" : t.substring(2));
            }
            return classes;
        }
    }

    /** The classes whose probabilities a {@link Reading} gives, in order: {@link NameClassRefiner#CLASSES}'s. */
    public static final List<String> CLASSES = NameClassRefiner.CLASSES;

    @Override
    public List<List<String>> tag(List<List<String>> sentences) {
        List<List<String>> out = new ArrayList<>(sentences.size());
        for (Reading r : read(sentences)) {
            out.add(r.classes());
        }
        return out;
    }

    /** Reads one sentence's words. */
    public Reading readSentence(List<String> words) {
        return read(List.of(words)).get(0);
    }

    /**
     * Reads the sentences of one document, in order: those that fit in one input are read {@link #BATCH} at a time,
     * padded to the longest (the weights are floats, so a sentence's reading does not depend on its batch), the longer
     * ones alone, in parts of whole words.
     */
    public List<Reading> read(List<List<String>> sentences) {
        Loaded m = model();
        Reading[] out = new Reading[sentences.size()];
        List<Integer> fitting = new ArrayList<>();
        Encoding[] encodings = new Encoding[sentences.size()];
        for (int s = 0; s < sentences.size(); s++) {
            List<String> words = sentences.get(s);
            if (words.isEmpty()) {
                out[s] = new Reading(List.of(), List.of());
                continue;
            }
            encodings[s] = encode(m, words);
            if (encodings[s].getIds().length <= MAX_PIECES) {
                fitting.add(s);
            } else {
                out[s] = readInParts(m, words);
            }
        }
        fitting.sort(Comparator.comparingInt(s -> encodings[s].getIds().length));
        for (int from = 0; from < fitting.size(); from += BATCH) {
            List<Integer> batch = fitting.subList(from, Math.min(fitting.size(), from + BATCH));
            List<Encoding> e = new ArrayList<>();
            List<List<String>> w = new ArrayList<>();
            for (int s : batch) {
                e.add(encodings[s]);
                w.add(sentences.get(s));
            }
            List<Reading> read = run(m, e, w);
            for (int k = 0; k < batch.size(); k++) {
                out[batch.get(k)] = read.get(k);
            }
        }
        return List.of(out);
    }

    private static Reading readInParts(Loaded m, List<String> words) {
        List<String> tags = new ArrayList<>(words.size());
        List<double[]> probabilities = new ArrayList<>(words.size());
        for (int start = 0; start < words.size(); ) {
            Encoding part = encode(m, words.subList(start, start + 1));
            int end = start + 1;
            while (end < words.size()) {
                Encoding longer = encode(m, words.subList(start, end + 1));
                if (longer.getIds().length > MAX_PIECES) {
                    break;
                }
                part = longer;
                end++;
            }
            Reading r = run(m, List.of(part), List.of(words.subList(start, end))).get(0);
            tags.addAll(r.tags());
            probabilities.addAll(r.probabilities());
            start = end;
        }
        return new Reading(repaired(tags), probabilities);
    }

    /** The IOB2 tags of one sentence's words. */
    public List<String> iobTags(List<String> words) {
        return readSentence(words).tags();
    }

    /** An I- tag that follows neither its B- nor its I- opens the name: B-. */
    static List<String> repaired(List<String> tags) {
        List<String> out = new ArrayList<>(tags.size());
        String previous = "O";
        for (String t : tags) {
            if (t.startsWith("I-") && (previous.equals("O") || !previous.substring(2).equals(t.substring(2)))) {
                t = "B-" + t.substring(2);
            }
            out.add(t);
            previous = t;
        }
        return out;
    }

    private static Encoding encode(Loaded m, List<String> words) {
        return m.tokenizer().encode(words.toArray(String[]::new), true, false);
    }

    /** The reading of each of {@code encodings} (of {@code words}): each word's tag is the most probable at its first piece. */
    private static List<Reading> run(Loaded m, List<Encoding> encodings, List<List<String>> words) {
        int length = 0;
        for (Encoding e : encodings) {
            length = Math.max(length, e.getIds().length);
        }
        long[] ids = new long[encodings.size() * length];
        long[] shapes = new long[ids.length];
        long[] mask = new long[ids.length];
        for (int b = 0; b < encodings.size(); b++) {
            long[] pieces = encodings.get(b).getIds();
            long[] wordIds = encodings.get(b).getWordIds();
            for (int i = 0; i < pieces.length; i++) {
                ids[b * length + i] = pieces[i];
                mask[b * length + i] = 1;
                shapes[b * length + i] = wordIds[i] < 0 ? 0 : WordShape.of(words.get(b).get((int) wordIds[i])).ordinal();
            }
        }
        long[] dims = {encodings.size(), length};
        try (OnnxTensor input = OnnxTensor.createTensor(m.environment(), LongBuffer.wrap(ids), dims);
                OnnxTensor shape = OnnxTensor.createTensor(m.environment(), LongBuffer.wrap(shapes), dims);
                OnnxTensor attention = OnnxTensor.createTensor(m.environment(), LongBuffer.wrap(mask), dims);
                OrtSession.Result result = m.session().run(
                        Map.of("input_ids", input, "word_shapes", shape, "attention_mask", attention))) {
            FloatBuffer p = ((OnnxTensor) result.get(0)).getFloatBuffer();
            List<Reading> out = new ArrayList<>(encodings.size());
            for (int b = 0; b < encodings.size(); b++) {
                out.add(reading(p, b * length, encodings.get(b).getWordIds(), words.get(b).size()));
            }
            return out;
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed on " + encodings.size() + " sentences of up to "
                    + length + " word pieces: " + e.getMessage(), e);
        }
    }

    /** One sentence's reading from the model's output rows, its pieces from row {@code first} on. */
    private static Reading reading(FloatBuffer p, int first, long[] wordIds, int words) {
        String[] tag = new String[words];
        double[][] probability = new double[words][];
        for (int i = 0; i < wordIds.length; i++) {
            int w = (int) wordIds[i];
            if (w < 0 || tag[w] != null) {
                continue;
            }
            int row = (first + i) * TAGS.length;
            int best = 0;
            for (int k = 1; k < TAGS.length; k++) {
                if (p.get(row + k) > p.get(row + best)) {
                    best = k;
                }
            }
            tag[w] = TAGS[best];
            probability[w] = new double[CLASSES.size()];
            for (int c = 0; c < CLASSES.size(); c++) { // B- then I- of each class, after O
                probability[w][c] = p.get(row + 1 + 2 * c) + p.get(row + 2 + 2 * c);
            }
        }
        List<String> tags = new ArrayList<>(words);
        List<double[]> probabilities = new ArrayList<>(words);
        for (int w = 0; w < words; w++) { // a word without pieces (only characters the tokenizer drops)
            tags.add(tag[w] == null ? "O" : tag[w]);
            probabilities.add(probability[w] == null ? new double[CLASSES.size()] : probability[w]);
        }
        return new Reading(repaired(tags), probabilities);
    }

    private Loaded model() {
        Loaded m = loaded;
        if (m == null) {
            synchronized (this) {
                m = loaded;
                if (m == null) {
                    m = load();
                    loaded = m;
                }
            }
        }
        return m;
    }

    private Loaded load() {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (InputStream model = resource(MODEL); InputStream tokenizerJson = resource(TOKENIZER);
                OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            OrtSession session = environment.createSession(model.readAllBytes(), options);
            return new Loaded(environment, session,
                    HuggingFaceTokenizer.newInstance(tokenizerJson, Map.of("padding", "false")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the name model from the class path", e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load the name model: " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = BgeNameTagger.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing " + name);
        }
        return in;
    }

    /** What a word's letters look like: the case that bge's lower-cased word pieces lose. */
    enum WordShape {
        /** No capital: "minister". Also the shape of [CLS] and [SEP]. */
        LOWER,
        /** Digits and no letter: "1996". */
        DIGITS,
        /** Neither letter nor digit: "(". */
        OTHER,
        /** Two or more letters, all capitals: "NATO". */
        CAPITALS,
        /** A capital first: "Tokyo", "I", "McDonald". */
        CAPITALISED,
        /** A capital later, after a small letter: "eBay". */
        MIXED;

        static WordShape of(String word) {
            int letters = 0;
            int capitals = 0;
            for (int i = 0; i < word.length(); ) {
                int c = word.codePointAt(i);
                if (Character.isLetter(c)) {
                    letters++;
                    if (Character.isUpperCase(c)) {
                        capitals++;
                    }
                }
                i += Character.charCount(c);
            }
            if (letters == 0) {
                return word.codePoints().anyMatch(Character::isDigit) ? DIGITS : OTHER;
            }
            if (capitals == letters) {
                return letters > 1 ? CAPITALS : CAPITALISED;
            }
            int first = word.codePointAt(0);
            if (Character.isUpperCase(first) || firstLetterIsCapital(word)) {
                return CAPITALISED;
            }
            return capitals > 0 ? MIXED : LOWER;
        }

        private static boolean firstLetterIsCapital(String word) {
            for (int i = 0; i < word.length(); ) {
                int c = word.codePointAt(i);
                if (Character.isLetter(c)) {
                    return Character.isUpperCase(c);
                }
                i += Character.charCount(c);
            }
            return false;
        }
    }
}
