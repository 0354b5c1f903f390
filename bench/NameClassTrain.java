import java.nio.file.*;
import java.util.*;
import org.dossier.annotate.NameTagger;
import org.dossier.annotate.corenlp.CoreNlpNameTagger;
import org.dossier.annotate.names.NameClassRefiner;
import org.dossier.embed.BgeWordVectors;

/**
 * Fits NameClassRefiner's model: softmax regression (L2 penalty LAMBDA, full-batch Adam) from the names a tagger found
 * (PRED, from `dossier annotate --format conll --name-tagger corenlp --name-classes tagger`) to the classes of the gold names with the same
 * boundaries (GOLD), over the tokens of INPUT; names whose boundaries are wrong are not trained on. First prints the
 * span F1 (all classes, and PER/LOC/ORG) of the tagger and of the refined classes in a two-fold cross-validation over
 * documents (odd ones held out, then even ones), then fits on every document and writes the model to OUT.
 * Usage: java -cp "cli/target/dossier-cli-0.1.0-SNAPSHOT.jar:$(cat cli/target/classpath.txt)" bench/NameClassTrain.java \
 *          INPUT PRED GOLD OUT [LAMBDA [THRESHOLD]]     (docs/EVALUATION.md, "Names": a second opinion on classes)
 */
public class NameClassTrain {

    record Doc(List<List<String>> words, List<List<String>> pred, List<List<String>> gold) {}

    public static void main(String[] args) throws Exception {
        List<Doc> docs = read(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
        double lambda = args.length > 4 ? Double.parseDouble(args[4]) : 0.1;
        double threshold = args.length > 5 ? Double.parseDouble(args[5]) : 0.5;
        BgeWordVectors vectors = new BgeWordVectors();
        List<NameTagger> others = List.of(CoreNlpNameTagger.threeClass(), CoreNlpNameTagger.mucSevenClass());
        List<List<NameClassRefiner.Name>> names = new ArrayList<>();
        List<Set<String>> gold = new ArrayList<>();
        for (Doc d : docs) {
            List<List<List<String>>> opinions = new ArrayList<>();
            for (NameTagger t : others) opinions.add(t.tag(d.words()));
            names.add(NameClassRefiner.names(d.words(), classes(d.pred()), vectors, opinions));
            gold.add(spans(d.gold()));
        }
        System.out.printf("%d documents, %d names found, %d gold names%n", docs.size(),
                names.stream().mapToInt(List::size).sum(), gold.stream().mapToInt(Set::size).sum());
        int[][] before = new int[2][3], after = new int[2][3];
        for (int fold = 0; fold < 2; fold++) {
            List<Integer> train = new ArrayList<>(), test = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                (i % 2 == fold ? test : train).add(i);
            }
            NameClassRefiner.Model m = fit(train, names, gold, lambda, threshold);
            for (int i : test) {
                count(names.get(i), gold.get(i), null, before);
                count(names.get(i), gold.get(i), m, after);
            }
        }
        System.out.printf("two-fold over documents: all classes F1 %.2f -> %.2f, PER/LOC/ORG F1 %.2f -> %.2f%n",
                f1(before[0]), f1(after[0]), f1(before[1]), f1(after[1]));
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            all.add(i);
        }
        write(fit(all, names, gold, lambda, threshold), Path.of(args[3]), lambda);
        System.out.println("wrote " + args[3]);
    }

    static NameClassRefiner.Model fit(List<Integer> docs, List<List<NameClassRefiner.Name>> names, List<Set<String>> gold,
            double lambda, double threshold) {
        List<double[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        for (int i : docs) {
            for (NameClassRefiner.Name n : names.get(i)) {
                for (int c = 0; c < 4; c++) {
                    if (gold.get(i).contains(key(n, NameClassRefiner.CLASSES.get(c)))) {
                        x.add(n.features());
                        y.add(c);
                    }
                }
            }
        }
        int n = x.size(), f = x.get(0).length, k = 4;
        double[] mean = new double[f], scale = new double[f];
        for (double[] r : x) for (int j = 0; j < f; j++) mean[j] += r[j] / n;
        for (double[] r : x) for (int j = 0; j < f; j++) scale[j] += (r[j] - mean[j]) * (r[j] - mean[j]) / n;
        for (int j = 0; j < f; j++) scale[j] = Math.sqrt(scale[j]) + 1e-6;
        double[][] z = new double[n][f + 1];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < f; j++) z[i][j] = (x.get(i)[j] - mean[j]) / scale[j];
            z[i][f] = 1;
        }
        double[][] w = new double[k][f + 1], m1 = new double[k][f + 1], m2 = new double[k][f + 1];
        double rate = 0.01, b1 = 0.9, b2 = 0.999;
        for (int step = 1; step <= 1500; step++) {
            double[][] g = new double[k][f + 1];
            for (int i = 0; i < n; i++) {
                double[] s = new double[k];
                double max = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    double v = 0;
                    for (int j = 0; j <= f; j++) v += w[c][j] * z[i][j];
                    s[c] = v;
                    max = Math.max(max, v);
                }
                double sum = 0;
                for (int c = 0; c < k; c++) sum += (s[c] = Math.exp(s[c] - max));
                for (int c = 0; c < k; c++) {
                    double d = (s[c] / sum - (y.get(i) == c ? 1 : 0)) / n;
                    for (int j = 0; j <= f; j++) g[c][j] += d * z[i][j];
                }
            }
            for (int c = 0; c < k; c++) {
                for (int j = 0; j <= f; j++) {
                    double gr = g[c][j] + lambda * w[c][j];
                    m1[c][j] = b1 * m1[c][j] + (1 - b1) * gr;
                    m2[c][j] = b2 * m2[c][j] + (1 - b2) * gr * gr;
                    w[c][j] -= rate * (m1[c][j] / (1 - Math.pow(b1, step))) / (Math.sqrt(m2[c][j] / (1 - Math.pow(b2, step))) + 1e-8);
                }
            }
        }
        return new NameClassRefiner.Model(mean, scale, w, threshold);
    }

    /** Adds to counts[0] (all classes) and counts[1] (PER/LOC/ORG): correct, found, gold. */
    static void count(List<NameClassRefiner.Name> names, Set<String> gold, NameClassRefiner.Model m, int[][] counts) {
        for (NameClassRefiner.Name n : names) {
            String cls = m == null ? n.tagged() : m.decide(n.features(), n.tagged());
            boolean right = gold.contains(key(n, cls));
            counts[0][0] += right ? 1 : 0;
            counts[0][1]++;
            if (!cls.equals("MISC")) {
                counts[1][0] += right ? 1 : 0;
                counts[1][1]++;
            }
        }
        for (String g : gold) {
            counts[0][2]++;
            counts[1][2] += g.endsWith(" MISC") ? 0 : 1;
        }
    }

    static double f1(int[] c) {
        return 200.0 * c[0] / (c[1] + c[2]);
    }

    static String key(NameClassRefiner.Name n, String cls) {
        return n.sentence() + " " + n.start() + " " + n.end() + " " + cls;
    }

    /** Gold names of a document as "sentence start end CLASS", from IOB tags. */
    static Set<String> spans(List<List<String>> tags) {
        Set<String> out = new HashSet<>();
        for (int s = 0; s < tags.size(); s++) {
            List<String> t = tags.get(s);
            for (int i = 0; i < t.size(); ) {
                if (t.get(i).equals("O")) { i++; continue; }
                String cls = t.get(i).substring(2);
                int j = i + 1;
                while (j < t.size() && t.get(j).equals("I-" + cls)) j++;
                out.add(s + " " + i + " " + j + " " + cls);
                i = j;
            }
        }
        return out;
    }

    static List<List<String>> classes(List<List<String>> tags) {
        return tags.stream().map(s -> s.stream().map(t -> t.equals("O") ? t : t.substring(2)).toList()).toList();
    }

    static List<Doc> read(Path input, Path pred, Path gold) throws Exception {
        List<String> in = Files.readAllLines(input), p = Files.readAllLines(pred), g = Files.readAllLines(gold);
        if (in.size() != p.size() || in.size() != g.size()) throw new IllegalArgumentException("the three files differ in lines");
        List<Doc> docs = new ArrayList<>();
        Doc doc = null;
        List<String> w = null, pt = null, gt = null;
        for (int i = 0; i <= in.size(); i++) {
            String line = i < in.size() ? in.get(i).trim() : "";
            boolean start = line.startsWith("-DOCSTART-");
            if ((line.isEmpty() || start) && w != null) {
                if (doc == null) docs.add(doc = new Doc(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
                doc.words().add(w); doc.pred().add(pt); doc.gold().add(gt);
                w = null;
            }
            if (start) {
                docs.add(doc = new Doc(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
            } else if (!line.isEmpty()) {
                if (w == null) { w = new ArrayList<>(); pt = new ArrayList<>(); gt = new ArrayList<>(); }
                String[] pc = p.get(i).trim().split("\\s+"), gc = g.get(i).trim().split("\\s+");
                w.add(line.split("\\s+")[0]); pt.add(pc[pc.length - 1]); gt.add(gc[gc.length - 1]);
            }
        }
        docs.removeIf(d -> d.words().isEmpty());
        return docs;
    }

    static void write(NameClassRefiner.Model m, Path out, double lambda) throws Exception {
        StringBuilder b = new StringBuilder();
        b.append("# NameClassRefiner's model for bge-small-en-v1.5 word vectors: written by bench/NameClassTrain.java\n");
        b.append("# (bench/name-classes-train.sh) from CoNLL-2003's development set, L2 penalty ").append(lambda).append(";\n");
        b.append("# other taggers: CoreNLP's english.all.3class.distsim, then english.muc.7class.distsim.\n");
        b.append("# Numbers only: per feature its mean and scale, per class its weights then its bias, the threshold.\n");
        row(b, "mean", m.mean());
        row(b, "scale", m.scale());
        for (int c = 0; c < 4; c++) row(b, NameClassRefiner.CLASSES.get(c), m.weights()[c]);
        row(b, "threshold", new double[] {m.threshold()});
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        Files.writeString(tmp, b);
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static void row(StringBuilder b, String name, double[] v) {
        b.append(name);
        for (double x : v) b.append('\t').append(String.format(Locale.ROOT, "%.6g", x));
        b.append('\n');
    }
}
