package org.dossier.annotate.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.dossier.annotate.NameTagger;

/**
 * Second opinion on the class of each name a tagger found, from what a sentence encoder reads around it and what other
 * taggers say. A tagger's features see a few words either side; the encoder has read the whole sentence after its
 * document's headline, and carries what it learned about names from web text ("Reading, Berkshire" is a town,
 * "Berkshire" no person). For each run of tokens tagged as one name, a linear model over the run's mean word vector,
 * the vectors of the words just before and after it, its class, the classes the same words get elsewhere in the
 * document, its length, whether it opens the sentence, and the share of its tokens each other tagger reads as PER, LOC,
 * ORG or anything else gives a probability to each class; the name takes the most probable class when that probability
 * is at least {@link Model#threshold()}. Boundaries are never changed and untagged tokens stay untagged.
 *
 * <p>The standard model ({@link #standard}) was fitted on CoNLL-2003's development set by
 * {@code bench/name-classes-train.sh}, with CoreNLP's 3-class and MUC 7-class models as the other taggers, in that
 * order; it holds numbers only, no text. Thread-safe when its {@link WordVectors} and taggers are.
 */
public final class NameClassRefiner {

    /** The classes, in the model's order. */
    public static final List<String> CLASSES = List.of("PER", "LOC", "ORG", "MISC");

    private static final String OTHER = "O";
    /** What another tagger's class counts as: PER, LOC, ORG, or anything else (the last). */
    private static final List<String> OPINIONS = List.of("PER", "LOC", "ORG", OTHER);
    private static final String RESOURCE = "name-classes.tsv";

    /**
     * A linear model: features are centred by {@code mean}, divided by {@code scale}, then each class scores their dot
     * product with its weights plus its bias.
     *
     * @param mean one value per feature
     * @param scale one positive value per feature
     * @param weights per class of {@link #CLASSES}, one weight per feature followed by the bias
     * @param threshold the probability a class needs to replace the tagger's
     */
    public record Model(double[] mean, double[] scale, double[][] weights, double threshold) {

        public Model {
            if (mean.length != scale.length || weights.length != CLASSES.size()) {
                throw new IllegalArgumentException("a model needs one scale per mean and weights for each of " + CLASSES);
            }
            for (double[] w : weights) {
                if (w.length != mean.length + 1) {
                    throw new IllegalArgumentException("each class needs one weight per feature and a bias");
                }
            }
        }

        /** Class probabilities, in the order of {@link #CLASSES}. */
        public double[] probabilities(double[] features) {
            double[] score = new double[weights.length];
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < weights.length; c++) {
                double[] w = weights[c];
                double z = w[mean.length];
                for (int f = 0; f < mean.length; f++) {
                    z += w[f] * (features[f] - mean[f]) / scale[f];
                }
                score[c] = z;
                max = Math.max(max, z);
            }
            double sum = 0;
            for (int c = 0; c < score.length; c++) {
                score[c] = Math.exp(score[c] - max);
                sum += score[c];
            }
            for (int c = 0; c < score.length; c++) {
                score[c] /= sum;
            }
            return score;
        }

        /** The class a name the tagger gave {@code tagged} takes: the most probable one if it reaches the threshold. */
        public String decide(double[] features, String tagged) {
            double[] p = probabilities(features);
            int best = 0;
            for (int c = 1; c < p.length; c++) {
                if (p[c] > p[best]) {
                    best = c;
                }
            }
            return p[best] >= threshold ? CLASSES.get(best) : tagged;
        }
    }

    /**
     * One name as the tagger left it, with its features.
     *
     * @param sentence index of its sentence in the document
     * @param start index of its first token
     * @param end index after its last token
     * @param tagged the tagger's class
     */
    public record Name(int sentence, int start, int end, String tagged, double[] features) {
    }

    private final WordVectors vectors;
    private final List<NameTagger> others;
    private final Model model;

    /**
     * @param others taggers whose classes the model reads, in the order it was fitted with
     */
    public NameClassRefiner(WordVectors vectors, List<NameTagger> others, Model model) {
        this.vectors = vectors;
        this.others = List.copyOf(others);
        this.model = model;
        int expected = featureCount(vectors.dimension(), others.size());
        if (model.mean().length != expected) {
            throw new IllegalArgumentException("the model has " + model.mean().length + " features, vectors of "
                    + vectors.dimension() + " values and " + others.size() + " other taggers make " + expected);
        }
    }

    /**
     * The model fitted for bge-small-en-v1.5's vectors (384 values) and two other taggers, CoreNLP's 3-class and MUC
     * 7-class models in that order, read from the class path.
     */
    public static NameClassRefiner standard(WordVectors vectors, NameTagger threeClass, NameTagger mucSevenClass) {
        return new NameClassRefiner(vectors, List.of(threeClass, mucSevenClass),
                read(NameClassRefiner.class.getResourceAsStream(RESOURCE)));
    }

    /** Number of features for word vectors of {@code dimension} values and {@code others} other taggers. */
    public static int featureCount(int dimension, int others) {
        return 3 * dimension + 2 * CLASSES.size() + 2 + OPINIONS.size() * others;
    }

    /**
     * @param sentences the tokens of one document, sentence by sentence
     * @param classes one class per token ({@code PER}, {@code LOC}, {@code ORG}, {@code MISC} or {@code O}); adjacent tokens
     *                of one class form one name
     * @return the classes with each name's class decided again, in the same shape
     */
    public List<List<String>> apply(List<List<String>> sentences, List<List<String>> classes) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> c : classes) {
            out.add(new ArrayList<>(c));
        }
        if (classes.stream().allMatch(c -> c.stream().allMatch(OTHER::equals))) {
            return out;
        }
        List<List<List<String>>> opinions = new ArrayList<>();
        for (NameTagger t : others) {
            opinions.add(t.tag(sentences));
        }
        // one name's features at a time: a long document's names are never all held
        eachName(sentences, classes, vectors, opinions, name -> {
            String decided = model.decide(name.features(), name.tagged());
            for (int t = name.start(); t < name.end(); t++) {
                out.get(name.sentence()).set(t, decided);
            }
        });
        return out;
    }

    /**
     * The names of a document with the features the model reads (what training reads too).
     *
     * @param sentences the tokens of one document, sentence by sentence
     * @param classes one class per token, as for {@link #apply}
     * @param opinions for each other tagger, its classes of the same tokens
     */
    public static List<Name> names(List<List<String>> sentences, List<List<String>> classes, WordVectors vectors,
            List<List<List<String>>> opinions) {
        List<Name> names = new ArrayList<>();
        eachName(sentences, classes, vectors, opinions, names::add);
        return names;
    }

    private static void eachName(List<List<String>> sentences, List<List<String>> classes, WordVectors vectors,
            List<List<List<String>>> opinions, Consumer<Name> action) {
        List<int[]> runs = new ArrayList<>();
        Map<String, double[]> votes = new HashMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<String> c = classes.get(s);
            for (int i = 0; i < c.size(); ) {
                int j = i + 1;
                while (j < c.size() && c.get(j).equals(c.get(i))) {
                    j++;
                }
                int cls = CLASSES.indexOf(c.get(i));
                if (cls >= 0) {
                    runs.add(new int[] {s, i, j, cls});
                    votes.computeIfAbsent(surface(sentences.get(s), i, j), k -> new double[CLASSES.size()])[cls]++;
                } else if (!c.get(i).equals(OTHER)) {
                    throw new IllegalArgumentException("not a name class: " + c.get(i));
                }
                i = j;
            }
        }
        if (runs.isEmpty()) {
            return;
        }
        int d = vectors.dimension();
        List<String> context = sentences.get(0);
        // names come sentence by sentence: only the current sentence's vectors are kept
        int vectorsOf = -1;
        float[][] v = null;
        for (int[] run : runs) {
            int s = run[0];
            int start = run[1];
            int end = run[2];
            List<String> words = sentences.get(s);
            if (s != vectorsOf) {
                v = vectors.vectors(context, words);
                vectorsOf = s;
            }
            double[] f = new double[featureCount(d, opinions.size())];
            for (int t = start; t < end; t++) {
                for (int k = 0; k < d; k++) {
                    f[k] += v[t][k] / (double) (end - start);
                }
            }
            if (start > 0) {
                copy(v[start - 1], f, d);
            }
            if (end < words.size()) {
                copy(v[end], f, 2 * d);
            }
            int at = 3 * d;
            f[at + run[3]] = 1;
            double[] same = votes.get(surface(words, start, end));
            double total = Arrays.stream(same).sum();
            for (int c = 0; c < same.length; c++) {
                f[at + CLASSES.size() + c] = same[c] / total;
            }
            f[at + 2 * CLASSES.size()] = end - start;
            f[at + 2 * CLASSES.size() + 1] = start == 0 ? 1 : 0;
            at += 2 * CLASSES.size() + 2;
            for (List<List<String>> other : opinions) {
                List<String> said = other.get(s);
                for (int t = start; t < end; t++) {
                    int o = OPINIONS.indexOf(t < said.size() ? said.get(t) : OTHER);
                    f[at + (o < 0 ? OPINIONS.size() - 1 : o)] += 1.0 / (end - start);
                }
                at += OPINIONS.size();
            }
            action.accept(new Name(s, start, end, CLASSES.get(run[3]), f));
        }
    }

    /** Reads a model written as tab-separated lines: {@code mean}, {@code scale}, one line per class, {@code threshold}. */
    public static Model read(InputStream in) {
        if (in == null) {
            throw new IllegalStateException("missing " + RESOURCE + " on the class path");
        }
        Map<String, double[]> rows = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                double[] values = new double[cells.length - 1];
                for (int i = 1; i < cells.length; i++) {
                    values[i - 1] = Double.parseDouble(cells[i]);
                }
                rows.put(cells[0], values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the name class model", e);
        }
        double[][] weights = new double[CLASSES.size()][];
        for (int c = 0; c < weights.length; c++) {
            weights[c] = rows.get(CLASSES.get(c));
        }
        if (rows.get("mean") == null || rows.get("scale") == null || rows.get("threshold") == null
                || Arrays.asList(weights).contains(null)) {
            throw new IllegalStateException("the name class model needs lines mean, scale, threshold and " + CLASSES);
        }
        return new Model(rows.get("mean"), rows.get("scale"), weights, rows.get("threshold")[0]);
    }

    private static void copy(float[] from, double[] to, int at) {
        for (int k = 0; k < from.length; k++) {
            to[at + k] = from[k];
        }
    }

    private static String surface(List<String> words, int start, int end) {
        return String.join(" ", words.subList(start, end)).toLowerCase(Locale.ROOT);
    }
}
