package org.dossier.eval.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.dossier.eval.EvalException;

/**
 * TempEval-3 time-expression measures (UzZaman et al. 2013, task A): strict span match (same start and end), relaxed span
 * match (the spans overlap), value and type F1 (relaxed match and equal attribute, over all predicted and all gold
 * expressions) and type and value accuracy (over relaxed matches). Spans are compared in characters of the plain text,
 * which must be the same in gold and prediction; matching is one to one, exact matches first, then overlaps in text order.
 */
public final class TimexScorer {

    /**
     * The measures of one or more documents.
     *
     * @param misses one line per gold expression not matched strictly with the right value, or predicted expression with no
     *               overlapping gold
     */
    public record Result(Prf strict, Prf relaxed, Prf value, Prf type, List<String> misses) {

        public Result {
            misses = List.copyOf(misses);
        }

        static final Result EMPTY = new Result(new Prf(0, 0, 0), new Prf(0, 0, 0), new Prf(0, 0, 0), new Prf(0, 0, 0), List.of());

        Result plus(Result o) {
            List<String> all = new ArrayList<>(misses);
            all.addAll(o.misses);
            return new Result(strict.plus(o.strict), relaxed.plus(o.relaxed), value.plus(o.value), type.plus(o.type), all);
        }

        /** Share of relaxed matches with the gold value. */
        public double valueAccuracy() {
            return relaxed.correct() == 0 ? 0 : (double) value.correct() / relaxed.correct();
        }

        /** Share of relaxed matches with the gold type. */
        public double typeAccuracy() {
            return relaxed.correct() == 0 ? 0 : (double) type.correct() / relaxed.correct();
        }
    }

    private TimexScorer() {
    }

    /** Scores one document: predicted time expressions against gold ones over the same text. */
    public static Result score(String doc, String text, List<TimemlFile.Timex> gold, List<TimemlFile.Timex> predicted) {
        int n = gold.size();
        int[] match = new int[n];
        java.util.Arrays.fill(match, -1);
        boolean[] used = new boolean[predicted.size()];
        int strict = 0;
        for (int g = 0; g < n; g++) {
            for (int p = 0; p < predicted.size(); p++) {
                if (!used[p] && gold.get(g).start() == predicted.get(p).start() && gold.get(g).end() == predicted.get(p).end()) {
                    match[g] = p;
                    used[p] = true;
                    strict++;
                    break;
                }
            }
        }
        for (int g = 0; g < n; g++) {
            for (int p = 0; p < predicted.size() && match[g] < 0; p++) {
                if (!used[p] && overlaps(gold.get(g), predicted.get(p))) {
                    match[g] = p;
                    used[p] = true;
                }
            }
        }
        int relaxed = 0;
        int values = 0;
        int types = 0;
        List<String> misses = new ArrayList<>();
        for (int g = 0; g < n; g++) {
            TimemlFile.Timex gt = gold.get(g);
            if (match[g] < 0) {
                misses.add(doc + ": missed " + describe(text, gt));
                continue;
            }
            TimemlFile.Timex pt = predicted.get(match[g]);
            relaxed++;
            boolean sameValue = Objects.equals(gt.value(), pt.value());
            values += sameValue ? 1 : 0;
            types += Objects.equals(gt.type(), pt.type()) ? 1 : 0;
            boolean sameSpan = gt.start() == pt.start() && gt.end() == pt.end();
            if (!sameValue || !sameSpan) {
                misses.add(doc + ": gold " + describe(text, gt) + " predicted " + describe(text, pt));
            }
        }
        for (int p = 0; p < predicted.size(); p++) {
            if (!used[p]) {
                misses.add(doc + ": spurious " + describe(text, predicted.get(p)));
            }
        }
        int sys = predicted.size();
        return new Result(new Prf(strict, sys, n), new Prf(relaxed, sys, n), new Prf(values, sys, n), new Prf(types, sys, n), misses);
    }

    /**
     * Scores every {@code .tml} or {@code .xml} file of {@code goldDir} against the file of the same name in
     * {@code predictedDir} (a missing prediction counts as no expressions found).
     */
    public static Result scoreFolders(Path goldDir, Path predictedDir) throws EvalException {
        if (!Files.isDirectory(goldDir)) {
            throw new EvalException(goldDir, "not a folder of TimeML files", null);
        }
        if (!Files.isDirectory(predictedDir)) {
            throw new EvalException(predictedDir, "not a folder of TimeML files", null);
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(goldDir)) {
            files = s.filter(p -> p.toString().endsWith(".tml") || p.toString().endsWith(".xml")).sorted().toList();
        } catch (IOException e) {
            throw new EvalException(goldDir, "cannot list (" + e.getMessage() + ")", e);
        }
        if (files.isEmpty()) {
            throw new EvalException(goldDir, "no .tml or .xml files", null);
        }
        Result total = Result.EMPTY;
        for (Path g : files) {
            String name = g.getFileName().toString();
            TimemlFile gold = TimemlFile.parse(read(g));
            Path p = predictedDir.resolve(name);
            TimemlFile predicted = Files.isRegularFile(p) ? TimemlFile.parse(read(p)) : new TimemlFile(gold.text(), List.of());
            if (!predicted.text().equals(gold.text())) {
                throw new EvalException(p, "the text inside <TEXT> differs from the gold file's", null);
            }
            total = total.plus(score(name, gold.text(), gold.timexes(), predicted.timexes()));
        }
        return total;
    }

    private static String read(Path p) throws EvalException {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EvalException(p, "cannot read (" + e.getMessage() + ")", e);
        }
    }

    private static boolean overlaps(TimemlFile.Timex a, TimemlFile.Timex b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    private static String describe(String text, TimemlFile.Timex t) {
        String s = t.end() <= text.length() ? text.substring(t.start(), t.end()).replaceAll("\\s+", " ") : "?";
        return "\"" + s + "\" " + t.type() + " " + t.value();
    }
}
